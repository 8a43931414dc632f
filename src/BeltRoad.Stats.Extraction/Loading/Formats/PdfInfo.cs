using System.Globalization;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>The fields of <c>pdfinfo</c>'s "Key:   value" lines that a document's description needs.</summary>
internal sealed record PdfInfo(string? Title, string? Author, string? CreationDate, int Pages)
{
    public static PdfInfo Parse(string output)
    {
        var fields = output.Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.Ordinal);
        return new(
            fields.GetValueOrDefault("Title"),
            fields.GetValueOrDefault("Author"),
            fields.GetValueOrDefault("CreationDate"),
            int.TryParse(fields.GetValueOrDefault("Pages"), NumberStyles.None, CultureInfo.InvariantCulture, out var pages) ? pages : 0);
    }
}
