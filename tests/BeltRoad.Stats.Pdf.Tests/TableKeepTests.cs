using System.Globalization;
using BeltRoad.Stats.Pdf.Layout;
using BeltRoad.Stats.Pdf.Tests.Support;

namespace BeltRoad.Stats.Pdf.Tests;

/// <summary>Tables that keep rows together at their start and end, link their cells, and name their rows.</summary>
public class TableKeepTests
{
    private static LayoutDocument Document(double fill, int rows, int keep)
    {
        var doc = new LayoutDocument(new PdfLayoutSettings(TestDocuments.Info, PdfStyleSheet.Default(TestDocuments.Font)));
        doc.Figure(fill, (_, _) => { });
        doc.Table(t =>
        {
            t.Columns(1, 3).Header("序号", "内容").KeepRows(keep);
            for (var i = 0; i < rows; i++)
            {
                t.LinkedRow([i.ToString(CultureInfo.InvariantCulture), "某铁路开行列数"], [null, "sources"], "row-" + i.ToString(CultureInfo.InvariantCulture));
            }
        });
        doc.Anchor("sources");
        return doc;
    }

    private static List<int> RowsPerPage(LayoutDocument doc) =>
        [.. doc.Paginate().Pages.Select(p => p.Trace.Count(t => t.StartsWith("row:", StringComparison.Ordinal))).Where(n => n > 0)];

    [Theory]
    [InlineData(700, 10)] // room for a header and one or two rows at the foot of the first page
    [InlineData(600, 10)]
    [InlineData(300, 40)] // the last few rows would spill onto the next page alone
    [InlineData(200, 40)]
    [InlineData(100, 40)]
    public void No_page_holds_fewer_than_four_rows_of_a_table_that_has_more(double fill, int rows)
    {
        var perPage = RowsPerPage(Document(fill, rows, keep: 4));

        Assert.Equal(rows, perPage.Sum());
        Assert.All(perPage, n => Assert.True(n >= 4, string.Join(",", perPage)));
    }

    [Fact]
    public void A_short_table_stays_whole_on_one_page()
    {
        Assert.Equal([3], RowsPerPage(Document(700, 3, keep: 4)));
    }

    [Fact]
    public void Linked_cells_and_row_anchors_land_where_pagination_put_them()
    {
        var doc = Document(600, 40, keep: 4);
        var pages = doc.AnchorPages();
        var writer = doc.Render();

        var laidOut = doc.Paginate().Pages;
        Assert.Equal(laidOut.FindIndex(p => p.Trace.Contains("row:0")) + 1, pages["row-0"]);
        Assert.Equal(laidOut.FindIndex(p => p.Trace.Contains("row:39")) + 1, pages["row-39"]);
        Assert.Equal(writer.Pages.Count, pages["sources"]);
        Assert.True(writer.HasDestination("row-39"));
        Assert.All(writer.Pages.Where((_, i) => laidOut[i].Trace.Any(t => t.StartsWith("row:", StringComparison.Ordinal))), p => Assert.NotEmpty(p.Links));
    }
}
