using System.Globalization;
using BeltRoad.Stats.Pdf.Layout;
using BeltRoad.Stats.Pdf.Tests.Support;

namespace BeltRoad.Stats.Pdf.Tests;

/// <summary>A contents table composed once prints the pages its destinations land on, learnt from a first pagination.</summary>
public class PagedTableTests
{
    [Fact]
    public void A_paged_table_prints_the_pages_its_destinations_land_on()
    {
        var doc = new LayoutDocument(new PdfLayoutSettings(TestDocuments.Info, PdfStyleSheet.Default(TestDocuments.Font)));
        var given = new List<Dictionary<string, int>>();
        doc.PagedTable((t, pages) =>
        {
            given.Add(new Dictionary<string, int>(pages));
            t.Columns(6, 1);
            foreach (var anchor in new[] { "a", "b", "c" })
            {
                t.LinkedRow([anchor, pages.TryGetValue(anchor, out var page) ? page.ToString(CultureInfo.InvariantCulture) : "0"], [anchor, anchor]);
            }
        });
        doc.PageBreak().Heading(1, "甲", "a");
        doc.PageBreak().Heading(1, "乙", "b").PageBreak().Paragraph("……").PageBreak().Heading(1, "丙", "c");

        var writer = doc.Render();

        Assert.Equal(5, writer.Pages.Count);
        Assert.Equal([[], new() { ["a"] = 2, ["b"] = 3, ["c"] = 5 }], given);
    }
}
