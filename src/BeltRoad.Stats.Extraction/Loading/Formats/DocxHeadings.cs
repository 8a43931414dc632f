using DocumentFormat.OpenXml.Wordprocessing;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Which paragraphs are headings: by style name ("heading 2", "Title"), which Word keeps in English
/// whatever the interface language (the style id may be localised: 「1」, 「标题 1」), or by outline level.
/// </summary>
internal sealed class DocxHeadings
{
    private readonly Dictionary<string, int> _levelByStyleId = new(StringComparer.Ordinal);

    public DocxHeadings(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && LevelOf(style) is { } level)
            {
                _levelByStyleId[id] = level;
            }
        }
    }

    public int? Level(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            return outline + 1;
        }

        return properties?.ParagraphStyleId?.Val?.Value is { } id && _levelByStyleId.TryGetValue(id, out var level) ? level : null;
    }

    private static int? LevelOf(Style style)
    {
        if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            return outline + 1;
        }

        var name = style.StyleName?.Val?.Value?.Trim().ToLowerInvariant();
        return name switch
        {
            "title" => 1,
            not null when name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name.AsSpan(8), out var n) && n is >= 1 and <= 9 => n,
            _ => null,
        };
    }
}
