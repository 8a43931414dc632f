using System.Globalization;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Reporting.Formatting;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>Page 2: every section and entity with the page it starts on; titles and numbers link there.</summary>
internal static class ContentsPage
{
    public const string Anchor = "contents";

    /// <summary>The page numbers come from the layout's first pagination (「0」 in it): the rows are as high with any number.</summary>
    public static void Compose(DigestContext c, IReadOnlyList<DigestSection> sections)
    {
        c.Document.PageBreak().Heading(1, "目录 Contents", Anchor);
        c.Document.PagedTable((t, pages) =>
        {
            t.Columns(6, 1).Align(PdfTextAlign.Left, PdfTextAlign.Right).Striped(false);
            for (var i = 0; i < sections.Count; i++)
            {
                var section = sections[i];
                Entry(t, ChineseNumerals.Of(i + 1) + "、" + section.Title, section.Anchor, pages);
                foreach (var (title, anchor) in section.Entries)
                {
                    Entry(t, "　　" + title, anchor, pages);
                }
            }
        });
    }

    private static void Entry(Pdf.Layout.TableBuilder t, string title, string anchor, IReadOnlyDictionary<string, int> pages) =>
        t.LinkedRow([title, pages.TryGetValue(anchor, out var page) ? page.ToString(CultureInfo.InvariantCulture) : "0"], [anchor, anchor]);
}
