using System.Text.Json.Nodes;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>
/// The page data's fact rows in blocks: the first page of the table in the page as it is, every later block packed
/// (zlib, one a line). 4,000 generated facts in blocks of 1,000 make a first block and four packed ones, the last short.
/// </summary>
public class PackedFactBlocksTests
{
    private static readonly Lazy<ReportModel> Model = new(() =>
        ReportModelBuilder.Build(DigestSizeTests.Generated(documents: 200, factsPerDocument: 20).Input(new DateOnly(2024, 12, 31))));

    private static readonly Lazy<string> Page = new(() => HtmlViewWriter.Write(Model.Value));

    [Fact]
    public void The_first_block_is_one_table_page_and_the_packed_blocks_hold_the_rest_in_order()
    {
        var blocks = Blocks(rows: 1_000);

        Assert.Equal([FactBlocks.FirstRows, 1_000, 1_000, 1_000, 950], blocks.Select(b => b["cells"]![0]!.AsArray().Count));
        var start = FactColumns.All.Select(c => c.Name).ToList().IndexOf("start");
        Assert.Equal(ModelFacts.Of(Model.Value).Select(f => f.Fact.Span.Start), blocks.SelectMany(b => b["cells"]![start]!.AsArray().Select(c => c!.GetValue<int>())));
    }

    [Fact]
    public void A_block_refers_only_to_texts_sent_with_it_or_before_it()
    {
        var textColumns = FactColumns.All.Select((c, i) => (c, i)).Where(x => x.c.Text is not null).Select(x => x.i).ToList();
        var quote = FactColumns.All.Select(c => c.Name).ToList().IndexOf("quote");
        var (strings, quotes) = (0, 0);
        foreach (var block in Blocks(rows: 1_000))
        {
            strings += block["strings"]!.AsArray().Count;
            quotes += block["quotes"]!.AsArray().Count;
            var cells = block["cells"]!.AsArray();
            Assert.All(textColumns, c => Assert.All(cells[c]!.AsArray(), cell => Assert.InRange(cell!.GetValue<int>(), 0, strings - 1)));
            Assert.All(cells[quote]!.AsArray(), cell => Assert.InRange(cell!.GetValue<int>(), 0, quotes - 1));
        }
    }

    [Fact]
    public void The_same_facts_give_the_same_page()
    {
        var again = HtmlViewWriter.Write(ReportModelBuilder.Build(DigestSizeTests.Generated(documents: 200, factsPerDocument: 20).Input(new DateOnly(2024, 12, 31))));

        Assert.Equal(Page.Value, again);
    }

    [BrowserFact]
    public async Task Search_in_the_browser_finds_facts_of_the_packed_block_and_counts_every_fact()
    {
        using var folder = new TempFolder();
        var file = folder.Write("index.html", System.Text.Encoding.UTF8.GetBytes(Page.Value));
        await using var browser = await Chromium.OpenAsync(new Uri(file).AbsoluteUri, 1400);
        await browser.WaitForAsync(HtmlViewBrowserTests.Loaded);
        Assert.Equal("4000 / 4000 条", await TextAsync(browser, "document.getElementById('filter-count').textContent"));

        // The last document's facts are the last 20 rows.
        await browser.EvaluateAsync("(() => { const t = document.getElementById('filter-text'); t.value = '[200]'; t.dispatchEvent(new Event('input')); })()");
        await browser.WaitForAsync("document.getElementById('filter-count').textContent.startsWith('20 / ')");

        Assert.Equal("3981", await TextAsync(browser, "document.querySelector('#fact-table tbody tr td').textContent"));
    }

    private static async Task<string> TextAsync(Chromium browser, string expression) => (await browser.EvaluateAsync(expression))!.GetValue<string>();

    /// <summary>The model's facts in blocks of <paramref name="rows"/>: the first as written, the packed ones decompressed.</summary>
    private static List<JsonNode> Blocks(int rows)
    {
        var blocks = FactBlocks.Write(ModelFacts.Of(Model.Value), Model.Value.Input.EntityAliases, PageData.Options, rows);
        return [JsonNode.Parse(blocks.First.Span)!, .. HtmlPage.Lines(blocks.Packed.ToArray()).Select(line => JsonNode.Parse(line)!)];
    }
}
