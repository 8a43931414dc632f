using System.Globalization;
using System.Xml;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Which paragraph styles are headings: by style name ("heading 2", "Title"), which Word keeps in English whatever
/// the interface language (the style id may be localised: 「1」, 「标题 1」), or by the style's outline level. Streamed
/// from the styles part like the body.
/// </summary>
internal sealed class DocxStyles
{
    private readonly Dictionary<string, int> _levelByStyleId = new(StringComparer.Ordinal);

    public static DocxStyles None { get; } = new();

    public int? Level(string? styleId) => styleId is not null && _levelByStyleId.TryGetValue(styleId, out var level) ? level : null;

    public static DocxStyles Read(DocxPackage package, XmlReader? reader, string? part)
    {
        var styles = new DocxStyles();
        if (reader is null || part is null)
        {
            return styles;
        }

        // <w:styles> at depth 0, <w:style> at 1, its <w:name> at 2 and <w:pPr><w:outlineLvl> at 3.
        string? id = null;
        string? name = null;
        int? outline = null;
        var inProperties = false;
        foreach (var node in package.Nodes(reader, part))
        {
            var w = DocxNames.IsWordprocessing(node.NamespaceURI);
            switch (node.NodeType, node.Depth, w ? node.LocalName : null)
            {
                case (XmlNodeType.Element, 1, "style"):
                    (id, name, outline) = (node.GetAttribute("styleId", node.NamespaceURI), null, null);
                    break;
                case (XmlNodeType.Element, 2, "name"):
                    name = node.GetAttribute("val", node.NamespaceURI);
                    break;
                case (XmlNodeType.Element, 2, "pPr"):
                    inProperties = !node.IsEmptyElement;
                    break;
                case (XmlNodeType.EndElement, 2, "pPr"):
                    inProperties = false;
                    break;
                case (XmlNodeType.Element, 3, "outlineLvl") when inProperties:
                    outline = int.TryParse(node.GetAttribute("val", node.NamespaceURI), NumberStyles.Integer, CultureInfo.InvariantCulture, out var o) ? o : null;
                    break;
                case (XmlNodeType.EndElement, 1, "style"):
                    styles.Add(id, name, outline);
                    break;
                default:
                    break;
            }
        }

        return styles;
    }

    private void Add(string? id, string? name, int? outline)
    {
        if (id is not null && LevelOf(name, outline) is { } level)
        {
            _levelByStyleId[id] = level;
        }
    }

    private static int? LevelOf(string? styleName, int? outline)
    {
        if (outline is { } o && o < 9)
        {
            return o + 1;
        }

        var name = styleName?.Trim().ToLowerInvariant();
        return name switch
        {
            "title" => 1,
            not null when name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name.AsSpan(8), out var n) && n is >= 1 and <= 9 => n,
            _ => null,
        };
    }
}
