using System.Text;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Publishes each document's extracted text at <see cref="DocumentInfo.TextPath"/>: exactly the text every
/// span indexes (UTF-8 without BOM, form feeds between PDF pages kept), so anyone can check a fact's start and end.
/// </summary>
public static class DocumentTextsWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteFiles(string directory, IEnumerable<(DocumentInfo Info, string Text)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var (info, text) in documents)
        {
            Write(directory, info, text);
        }
    }

    /// <summary>Writes one document's text and says what was written, so a later run can tell the file is still it.</summary>
    public static TextDigest Write(string directory, DocumentInfo info, string text)
    {
        ArgumentNullException.ThrowIfNull(info);
        var bytes = Utf8.GetBytes(text);
        FileOutput.Write(Path.Combine(directory, info.TextPath), bytes);
        return TextDigest.Of(bytes);
    }
}
