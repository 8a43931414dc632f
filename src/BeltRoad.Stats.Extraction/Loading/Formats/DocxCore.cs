using System.Globalization;
using System.Text;
using System.Xml;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>Title, author and creation day from a Word file's core properties (<c>docProps/core.xml</c>), streamed.</summary>
internal static class DocxCore
{
    // Enough of a field for its cap (DocumentFields) to have something to cut; the rest is not kept.
    private const int MaxFieldCharacters = 4096;

    public static DocumentMetadata Read(DocxPackage package)
    {
        using var reader = package.Open(package.CorePart, ReadLimits.MaxSmallPartBytes);
        if (reader is null || package.CorePart is not { } part)
        {
            return DocumentMetadata.None;
        }

        var fields = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        StringBuilder? field = null;
        foreach (var node in package.Nodes(reader, part))
        {
            switch (node.NodeType)
            {
                case XmlNodeType.Element when node.Depth == 1:
                    field = Key(node) is { } key && !node.IsEmptyElement ? fields[key] = new StringBuilder() : null;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when node.Depth == 2 && field is not null:
                    field.Append(node.Value.AsSpan(0, Math.Min(node.Value.Length, Math.Max(0, MaxFieldCharacters - field.Length))));
                    break;
                case XmlNodeType.EndElement when node.Depth == 1:
                    field = null;
                    break;
                default:
                    break;
            }
        }

        string? Field(string key) => DocumentMetadata.Clean(fields.GetValueOrDefault(key)?.ToString());
        return new DocumentMetadata(Title: Field("title"), Author: Field("creator"), Date: Day(Field("created")));
    }

    private static string? Key(XmlReader node) => (node.NamespaceURI, node.LocalName) switch
    {
        (DocxNames.DublinCore, "title" or "creator") or (DocxNames.DublinCoreTerms, "created") => node.LocalName,
        _ => null,
    };

    // W3C date-time as Word writes it (2023-10-16T08:00:00Z): the day in UTC, whatever the machine's zone.
    private static PeriodPoint? Day(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? PeriodPoint.OfDay(time.Year, time.Month, time.Day)
            : null;
}
