using System.Text;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Publishes each document's extracted text at <see cref="DocumentInfo.TextPath"/>: exactly the text every
/// span indexes (UTF-8 without BOM, form feeds between PDF pages kept), so anyone can check a fact's start and end.
/// </summary>
public static class DocumentTextsWriter
{
    public static void WriteFiles(string directory, IEnumerable<(DocumentInfo Info, string Text)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (info, text) in documents)
        {
            FileOutput.Write(Path.Combine(directory, info.TextPath), utf8.GetBytes(text));
        }
    }
}
