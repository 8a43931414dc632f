using System.Globalization;
using BeltRoad.Stats.Pdf.Layout;
using BeltRoad.Stats.Pdf.Tests.Support;

namespace BeltRoad.Stats.Pdf.Tests;

public class PaginationTests
{
    private static LayoutDocument NewDocument() =>
        new(new PdfLayoutSettings(TestDocuments.Info, PdfStyleSheet.Default(TestDocuments.Font)));

    private static LayoutDocument WithTable(int rows)
    {
        var doc = NewDocument();
        doc.Heading(1, "表格");
        doc.Table(t =>
        {
            t.Columns(1, 3, 1).Header("序号", "国家", "金额");
            for (var i = 0; i < rows; i++)
            {
                t.Row(i.ToString(CultureInfo.InvariantCulture), "哈萨克斯坦 Kazakhstan 中欧班列重要过境国，换装作业量持续增长", "1,234.5");
            }
        });
        return doc;
    }

    [Fact]
    public void A_table_longer_than_a_page_repeats_its_header_on_every_page()
    {
        var pages = WithTable(120).Paginate().Pages;

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.Equal("header", page.Trace.First(t => t != "h:表格")));
        var rows = pages.SelectMany(p => p.Trace).Where(t => t.StartsWith("row:", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, 120).Select(i => "row:" + i.ToString(CultureInfo.InvariantCulture)), rows);
    }

    [PdfToolFact]
    public void A_reader_sees_the_header_row_on_each_page_of_a_table()
    {
        var path = PdfTools.Save(WithTable(120).ToArray(), "table-header-repeat.pdf");
        PdfTools.AssertValid(path);
        var pageCount = WithTable(120).Paginate().Pages.Count;
        for (var page = 1; page <= pageCount; page++)
        {
            var text = PdfTools.Text(path, page);
            Assert.Contains("序号", text, StringComparison.Ordinal);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"第 {page} 页 / 共 {pageCount} 页"), text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(200)]
    [InlineData(600)]
    public void A_heading_goes_to_the_page_its_figure_goes_to(double figureHeight)
    {
        // 150 points are left on the first page: room for the heading and its usual keep, not for the figure after it,
        // which moves to the next page and takes its heading along rather than leaving it alone at the foot.
        var doc = NewDocument();
        doc.Figure(doc.Settings.ContentArea.Height - 150, (_, _) => { });
        doc.Heading(2, "本次运行的统计");
        doc.Figure(figureHeight, (_, _) => { });

        var pages = doc.Paginate().Pages;

        Assert.Equal(2, pages.Count);
        Assert.Equal(["h:本次运行的统计", "figure:"], pages[1].Trace);
    }

    [Fact]
    public void Cells_wrap_and_a_row_grows_to_its_tallest_cell()
    {
        var doc = NewDocument();
        doc.Table(t => t.Columns(1, 1).Row("短", string.Concat(Enumerable.Repeat("很长的单元格内容", 20))).Row("短", "短"));
        var context = doc.Paginate();
        Assert.Equal(["row:0", "row:1"], context.Pages[0].Trace);
        Assert.True(context.Y - context.Area.Y > 6 * 9.5 * 1.4, "the long cell wrapped over at least six lines");
    }

    [Fact]
    public void A_long_paragraph_flows_onto_the_next_page()
    {
        var doc = NewDocument();
        doc.Paragraph(string.Concat(Enumerable.Repeat("共建“一带一路”倡议推动了互联互通。", 200)));
        Assert.True(doc.Paginate().Pages.Count >= 2);
    }

    [Fact]
    public void A_figure_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var doc = NewDocument();
        doc.Spacer(600);
        doc.Paragraph("图前的段落。");
        doc.Figure(200, (_, _) => { }, "图1 标题");
        var pages = doc.Paginate().Pages;
        Assert.Equal(2, pages.Count);
        Assert.Equal(["p:图前的段落。"], pages[0].Trace);
        Assert.Equal(["figure:图1 标题"], pages[1].Trace);
    }

    [Theory]
    [InlineData(300, 290, 1, true)] // less than its 300 + caption + 20 left, more than its least 225 + caption + 20: drawn lower, on this page
    [InlineData(300, 200, 2, false)] // less than its least height left: moves whole and keeps its full height
    [InlineData(200, 260, 1, false)] // fits whole: never shrunk
    public void A_shrinkable_figure_takes_what_is_left_of_the_page_down_to_its_least_height(double height, double left, int pages, bool shrunk)
    {
        var doc = NewDocument();
        doc.Spacer(doc.Settings.ContentArea.Height - left);
        var boxes = new List<double>();
        doc.Figure(height, (_, box) => boxes.Add(box.Height), "图", shrink: new FigureShrink(0.75, 20));

        var laidOut = doc.Paginate();
        _ = doc.Render();

        Assert.Equal(pages, laidOut.Pages.Count);
        Assert.Equal(["figure:图"], laidOut.Pages[^1].Trace);
        var box = Assert.Single(boxes);
        Assert.Equal(shrunk, box < height);
        Assert.InRange(box, height * 0.75, height);
        Assert.True(!shrunk || box <= left - 20, "the room the figure keeps below it is left free");
    }

    [Fact]
    public void A_shrunk_figure_leaves_its_note_room_after_the_captions_spacing()
    {
        var doc = NewDocument();
        var note = doc.Settings.Styles.Body;
        var noteHeight = note.Text.Size * note.LineHeight;
        doc.Spacer(doc.Settings.ContentArea.Height - 290);
        doc.Figure(300, (_, _) => { }, "图", shrink: new FigureShrink(0.75, noteHeight));
        doc.Paragraph("来源：文件[1]");

        var pages = doc.Paginate().Pages;

        Assert.Single(pages);
        Assert.Equal(["figure:图", "p:来源：文件[1]"], pages[0].Trace);
    }

    [Fact]
    public void A_heading_is_never_left_alone_at_the_foot_of_a_page()
    {
        var doc = NewDocument();
        doc.Spacer(660);
        doc.Heading(2, "二、分国别数据");
        doc.Paragraph("正文。");
        var pages = doc.Paginate().Pages;
        Assert.Equal(2, pages.Count);
        Assert.Equal("h:二、分国别数据", pages[1].Trace[0]);
    }

    [Fact]
    public void Headings_become_nested_bookmarks()
    {
        var doc = NewDocument();
        doc.Heading(1, "一").Heading(2, "一.1").Heading(3, "一.1.1").Heading(2, "一.2").Heading(1, "二");
        var writer = doc.Render();
        Assert.Equal(["一", "二"], writer.Outline.Select(o => o.Title));
        Assert.Equal(["一.1", "一.2"], writer.Outline[0].Children.Select(o => o.Title));
        Assert.Equal("一.1.1", writer.Outline[0].Children[0].Children.Single().Title);
    }

    [Fact]
    public void A_link_to_an_unknown_anchor_fails_with_its_name()
    {
        var doc = NewDocument();
        doc.Paragraph(p => p.Link("见表", "no-such-table"));
        var error = Assert.Throws<InvalidOperationException>(() => doc.ToArray());
        Assert.Contains("no-such-table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_does_not_start_with_a_lone_line_at_the_foot_of_a_page()
    {
        var doc = NewDocument();
        var body = doc.Styles.Body;
        var area = doc.Settings.ContentArea;
        var oneLine = body.Text.Size * body.LineHeight;
        doc.Spacer(area.Height - (1.5 * oneLine));
        doc.Paragraph(string.Concat(Enumerable.Repeat("互联互通", 60)));
        var pages = doc.Paginate().Pages;
        Assert.Equal(2, pages.Count);
        Assert.Empty(pages[0].Trace);
        Assert.StartsWith("p:", pages[1].Trace[0], StringComparison.Ordinal);
    }
}
