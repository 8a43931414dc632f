using AngleSharp.Dom;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// The text a person reads on a page: page furniture removed (scripts, navigation, headers and footers,
/// asides, share widgets), then headings, paragraphs, lists and tables in document order.
/// </summary>
internal static class HtmlMainText
{
    // Elements that are never the document's text.
    private const string Furniture =
        "script, style, noscript, template, iframe, svg, canvas, form, button, select, nav, header, footer, aside, " +
        "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden], [aria-hidden=true]";

    // Whole words of a class or id that mark widgets inside the content (share bars, breadcrumbs, comment threads);
    // whole words, so "commentary" or "shareholders" stay.
    private static readonly HashSet<string> WidgetWords =
        new(["share", "sharing", "social", "breadcrumb", "breadcrumbs", "comment", "comments", "related", "advert", "ad", "ads", "toolbar", "print"], StringComparer.OrdinalIgnoreCase);

    private static readonly char[] NameSeparators = [' ', '\t', '\n', '-', '_'];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "figure", "figcaption", "caption", "address", "center", "body",
    };

    public static string Extract(IDocument page, TextLayout layout)
    {
        foreach (var element in page.QuerySelectorAll(Furniture).Concat(page.All.Where(IsWidget)).ToList())
        {
            element.Remove();
        }

        if (MainElement(page) is { } main)
        {
            Walk(main, layout);
        }

        return layout.ToString();
    }

    // <main> when the page marks it, the one <article> when there is exactly one, else the whole body.
    private static IElement? MainElement(IDocument page)
    {
        if (page.QuerySelector("main, [role=main]") is { } main)
        {
            return main;
        }

        var articles = page.QuerySelectorAll("article");
        return articles.Length == 1 ? articles[0] : page.Body;
    }

    private static bool IsWidget(IElement element) =>
        element.LocalName is not ("body" or "html" or "main" or "article") &&
        $"{element.ClassName} {element.Id}".Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries).Any(WidgetWords.Contains);

    private static void Walk(INode node, TextLayout layout)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    layout.Inline(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    layout.EndLine();
                    break;
                case IElement { LocalName: var name } heading when HeadingLevel(name) is { } level:
                    layout.Heading(level, heading.TextContent);
                    break;
                case IElement { LocalName: "table" } table:
                    WriteTable(table, layout);
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    layout.EndLine();
                    Walk(element, layout);
                    layout.EndLine();
                    break;
                case IElement element:
                    Walk(element, layout);
                    break;
                default:
                    break; // comments, processing instructions
            }
        }
    }

    private static void WriteTable(IElement table, TextLayout layout)
    {
        foreach (var row in table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table))
        {
            layout.TableRow(row.Children.Where(c => c.LocalName is "td" or "th").Select(c => c.TextContent));
        }
    }

    private static int? HeadingLevel(string name) =>
        name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0' : null;
}
