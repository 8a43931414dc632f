using System.Text.Json.Nodes;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>
/// The HTML view in a real browser (headless Debian chromium over DevTools): filters set as a user would,
/// rows read back as they are shown, and a screenshot saved beside the report for a person to look at.
/// </summary>
public class HtmlViewBrowserTests
{
    /// <summary>The page target starts on about:blank; wait for our page, parsed and scripted.</summary>
    private const string Loaded = "location.protocol === 'file:' && document.readyState === 'complete' && document.getElementById('filter-count').textContent.includes('/')";

    private const string VisibleRows =
        "JSON.stringify(Array.from(document.querySelectorAll('#fact-table tbody tr')).filter(r => !r.hidden && r.offsetParent !== null)" +
        ".map(r => r.cells[1].textContent + '|' + r.cells[3].textContent + '|' + r.cells[7].textContent))";

    [BrowserFact]
    public async Task Filtering_by_metric_shows_exactly_that_metrics_rows()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Corpus().Input(), "browser-metric");
        await using var browser = await Chromium.OpenAsync(new Uri(Path.Combine(dir, "index.html")).AbsoluteUri);
        await browser.WaitForAsync(Loaded);
        Assert.Equal(19, Rows(await browser.EvaluateAsync(VisibleRows)).Count);

        await browser.EvaluateAsync("(() => { const s = document.getElementById('filter-metric'); s.value = 'train_count'; s.dispatchEvent(new Event('change')); })()");

        var rows = Rows(await browser.EvaluateAsync(VisibleRows));
        Assert.Equal(["中欧班列 · 开行列数|7.4万列|[1]", "中欧班列 · 开行列数|6.5万列|[1]", "中欧班列 · 开行列数|7.4万列|[2]", "中欧班列 · 开行列数|5万列|[3]"], rows);
        Assert.Equal("4 / 19 条", (await browser.EvaluateAsync("document.getElementById('filter-count').textContent"))!.GetValue<string>());

        await browser.EvaluateAsync("document.getElementById('facts').scrollIntoView()");
        File.WriteAllBytes(Path.Combine(dir, "browser-filtered.png"), await browser.ScreenshotAsync());
    }

    [BrowserFact]
    public async Task Text_search_unit_filter_and_sorting_work_together()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Corpus().Input(), "browser-search");
        await using var browser = await Chromium.OpenAsync(new Uri(Path.Combine(dir, "index.html")).AbsoluteUri);
        await browser.WaitForAsync(Loaded);

        await browser.EvaluateAsync("(() => { const t = document.getElementById('filter-text'); t.value = '丝路基金'; t.dispatchEvent(new Event('input')); })()");
        Assert.Equal(["丝路基金 · 承诺投资额|220亿美元|[1]", "丝路基金 · 新增资金|800亿元|[2]"], Rows(await browser.EvaluateAsync(VisibleRows)));

        await browser.EvaluateAsync("(() => { const t = document.getElementById('filter-text'); t.value = ''; t.dispatchEvent(new Event('input'));" +
            " const u = document.getElementById('filter-unit'); u.value = 'CNY'; u.dispatchEvent(new Event('change'));" +
            " document.querySelectorAll('#fact-table th')[3].click(); })()");
        Assert.Equal(
            ["丝路基金 · 新增资金|800亿元|[2]", "国家开发银行 · 融资窗口规模|3500亿元|[2]", "中国进出口银行 · 融资窗口规模|3500亿元|[2]", "东盟 · 货物贸易额|6.98万亿元|[1]"],
            Rows(await browser.EvaluateAsync(VisibleRows)));
    }

    [BrowserFact]
    public async Task Markup_from_a_document_is_shown_as_text_and_never_runs()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Corpus().Input(), "browser-hostile");
        await using var browser = await Chromium.OpenAsync(new Uri(Path.Combine(dir, "index.html")).AbsoluteUri);
        await browser.WaitForAsync(Loaded);

        Assert.Equal(2, (await browser.EvaluateAsync("document.scripts.length"))!.GetValue<int>());
        Assert.StartsWith("[3] <script>alert('title')</script>", (await browser.EvaluateAsync("document.querySelector('#doc-3 h3').textContent"))!.GetValue<string>(), StringComparison.Ordinal);
        var facts = JsonNode.Parse((await browser.EvaluateAsync("document.getElementById('facts-data').textContent"))!.GetValue<string>())!.AsArray();
        Assert.Contains(facts, f => f!["quote"]!.GetValue<string>().Contains("</script><script>alert(2)</script>", StringComparison.Ordinal));

        await browser.EvaluateAsync("location.hash = '#q11'");
        File.WriteAllBytes(Path.Combine(dir, "browser-sources.png"), await browser.ScreenshotAsync());
    }

    private static List<string> Rows(JsonNode? json) =>
        [.. JsonNode.Parse(json!.GetValue<string>())!.AsArray().Select(n => n!.GetValue<string>())];
}
