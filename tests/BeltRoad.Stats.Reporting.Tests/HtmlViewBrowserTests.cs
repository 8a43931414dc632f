using System.Globalization;
using System.Text.Json.Nodes;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>
/// The HTML view in a real browser (headless Debian chromium over DevTools): filters set as a user would,
/// rows read back as they are shown, and a screenshot saved beside the report for a person to look at.
/// </summary>
public class HtmlViewBrowserTests
{
    /// <summary>The page target starts on about:blank; wait for our page, parsed and scripted.</summary>
    internal const string Loaded = "location.protocol === 'file:' && document.readyState === 'complete' && document.documentElement.dataset.ready === '1'";

    private const string VisibleRows =
        "JSON.stringify(Array.from(document.querySelectorAll('#fact-table tbody tr')).filter(r => !r.hidden && r.offsetParent !== null)" +
        ".map(r => r.cells[1].textContent + '|' + r.cells[3].textContent + '|' + r.cells[7].textContent))";

    /// <summary>Every mark drawn, as "chart id/mark index".</summary>
    private const string DrawnMarks = "JSON.stringify(Array.from(document.querySelectorAll('.plot .mark')).map(g => g.dataset.chart + '/' + g.dataset.mark))";

    [BrowserFact]
    public async Task Filtering_by_metric_shows_exactly_that_metrics_rows()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Corpus().Input(), "browser-metric");
        await using var browser = await OpenAsync(dir);
        Assert.Equal(19, Rows(await browser.EvaluateAsync(VisibleRows)).Count);

        await SetAsync(browser, "filter-metric", "train_count");

        var rows = Rows(await browser.EvaluateAsync(VisibleRows));
        Assert.Equal(["中欧班列 · 开行列数|7.4万列|[1]", "中欧班列 · 开行列数|6.5万列|[1]", "中欧班列 · 开行列数|7.4万列|[2]", "中欧班列 · 开行列数|5万列|[3]"], rows);
        Assert.Equal("4 / 19 条", await TextAsync(browser, "document.getElementById('filter-count').textContent"));
    }

    [BrowserFact]
    public async Task A_year_to_date_line_joins_only_totals_of_as_many_months_as_the_static_chart_does()
    {
        // 1—9月 2020 beside 1—3月 2024 and 2025: one line through all three would show a collapse that never happened.
        var input = new FactBuilder()
            .Document("a.txt", "前三季度", "2020-10").Document("b.txt", "一季度", "2024-04").Document("c.txt", "一季度", "2025-04")
            .Fact("a.txt", "trade_volume", "自共建国家进口", 2_900_000_000_000m, Unit.CNY, "2020-01/2020-09").Meaning("中国", "自共建国家进口额", aggregation: Aggregation.PeriodTotal)
            .Fact("b.txt", "trade_volume", "自共建国家进口", 1_900_000_000_000m, Unit.CNY, "2024-01/2024-03").Meaning("中国", "自共建国家进口额", aggregation: Aggregation.PeriodTotal)
            .Fact("c.txt", "trade_volume", "自共建国家进口", 2_220_000_000_000m, Unit.CNY, "2025-01/2025-03").Meaning("中国", "自共建国家进口额", aggregation: Aggregation.PeriodTotal)
            .Input();
        var (dir, _) = ReportFolder.Write(input, "browser-year-to-date");
        await using var browser = await OpenAsync(dir);

        var lines = Rows(await browser.EvaluateAsync("JSON.stringify(Array.from(document.querySelectorAll('.plot polyline')).map(p => String(p.getAttribute('points').trim().split(' ').length)))"));

        Assert.Equal(["2"], lines);
    }

    [BrowserFact]
    public async Task Value_labels_never_overlap_and_every_mark_is_still_drawn()
    {
        // Three documents disagree about one date and a fourth states a figure a month later: four marks, labels that
        // would sit on each other are left to the tooltip.
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2023-10").Document("b.txt", "乙", "2023-10").Document("c.txt", "丙", "2023-10").Document("d.txt", "丁", "2023-11")
            .Fact("a.txt", "trade_volume", "进出口", 21_000_000_000_000m, Unit.USD, "2013/2023-09").Meaning("中国", "与共建国家进出口总额", aggregation: Aggregation.PeriodTotal)
            .Fact("b.txt", "trade_volume", "进出口", 21_100_000_000_000m, Unit.USD, "2013/2023-09").Meaning("中国", "与共建国家进出口总额", aggregation: Aggregation.PeriodTotal)
            .Fact("c.txt", "trade_volume", "进出口", 21_200_000_000_000m, Unit.USD, "2013/2023-09").Meaning("中国", "与共建国家进出口总额", aggregation: Aggregation.PeriodTotal)
            .Fact("d.txt", "trade_volume", "进出口", 21_300_000_000_000m, Unit.USD, "2013/2023-10").Meaning("中国", "与共建国家进出口总额", aggregation: Aggregation.PeriodTotal)
            .Input();
        var (dir, _) = ReportFolder.Write(input, "browser-label-overlap");
        await using var browser = await OpenAsync(dir);

        var overlaps = await TextAsync(browser, "String(Array.from(document.querySelectorAll('.plot svg')).reduce((n, svg) => {" +
            " const boxes = Array.from(svg.querySelectorAll('text.value')).map(t => t.getBoundingClientRect());" +
            " return n + boxes.filter((a, i) => boxes.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)).length; }, 0))");
        var marks = Rows(await browser.EvaluateAsync(DrawnMarks));

        Assert.Equal("0", overlaps);
        Assert.True(marks.Count >= 4, string.Join(",", marks));
    }

    [BrowserFact]
    public async Task Focus_on_a_mark_shows_its_value_qualifier_as_of_and_source()
    {
        var input = SampleTables.Viewer().InputWithAliases();
        var (dir, _) = ReportFolder.Write(input, "browser-tooltip");
        var fact = ModelFacts.Of(input).Single(f => f.Fact.Value == 74_000m);
        await using var browser = await OpenAsync(dir);

        await browser.EvaluateAsync($"Array.from(document.querySelectorAll('.plot .mark')).find(g => g.getAttribute('aria-label').includes('{fact.QualifiedValue}')).focus()");

        Assert.True((await browser.EvaluateAsync("!document.getElementById('tip').hidden"))!.GetValue<bool>());
        var tip = await TextAsync(browser, "document.getElementById('tip').textContent");
        Assert.Contains(fact.QualifiedValue, tip, StringComparison.Ordinal);
        Assert.Contains("限定：" + fact.QualifierWord, tip, StringComparison.Ordinal);
        Assert.Contains("截至：" + fact.AsOfWithBasis, tip, StringComparison.Ordinal);
        Assert.Contains("来源：" + fact.Citation + " " + fact.Document.Title, tip, StringComparison.Ordinal);
        await ScreenshotAsync(browser, dir, "browser-1400-tooltip.png");
    }

    [BrowserFact]
    public async Task Clicking_a_mark_shows_exactly_its_facts_in_the_table()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Viewer().InputWithAliases(), "browser-click");
        await using var browser = await OpenAsync(dir);

        await browser.EvaluateAsync("Array.from(document.querySelectorAll('.plot .mark')).find(g => g.getAttribute('aria-label').includes('6.5万列')).dispatchEvent(new MouseEvent('click', { bubbles: true }))");

        Assert.Equal(["中欧班列 · 累计开行列数|6.5万列|[2]"], Rows(await browser.EvaluateAsync(VisibleRows)));
        Assert.Equal("1 / 12 条", await TextAsync(browser, "document.getElementById('filter-count').textContent"));
        Assert.Contains("6.5万列", await TextAsync(browser, "document.getElementById('filter-selection').textContent"), StringComparison.Ordinal);
        await ScreenshotAsync(browser, dir, "browser-1400-clicked.png");

        await browser.EvaluateAsync("document.getElementById('clear-selection').click()");
        Assert.Equal(12, Rows(await browser.EvaluateAsync(VisibleRows)).Count);
    }

    [BrowserFact]
    public async Task A_filter_drives_the_charts_and_the_table_together()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Viewer().InputWithAliases(), "browser-filter-charts");
        await using var browser = await OpenAsync(dir);
        var before = Rows(await browser.EvaluateAsync(DrawnMarks));

        await SetAsync(browser, "filter-nature", "pledge");

        Assert.Equal(3, Rows(await browser.EvaluateAsync(VisibleRows)).Count);
        var after = Rows(await browser.EvaluateAsync(DrawnMarks));
        Assert.NotEmpty(after);
        Assert.True(after.Count < before.Count, $"{after.Count} marks drawn after the filter, {before.Count} before");
        // Every mark still drawn (program statistics aside) stands for a pledge.
        var data = HtmlPage.Data(File.ReadAllText(Path.Combine(dir, "index.html")));
        var nature = data["columns"]!.AsArray().Select(c => c!.GetValue<string>()).ToList().IndexOf("nature");
        var charts = data["charts"]!.AsArray().ToDictionary(c => c!["id"]!.GetValue<string>());
        var natures = Rows(await browser.EvaluateAsync("JSON.stringify(Array.from(document.querySelectorAll('#charts .plot .mark')).map(g => g.dataset.chart + '/' + g.dataset.mark))"))
            .Select(m => m.Split('/'))
            .SelectMany(m => charts[m[0]]!["marks"]![int.Parse(m[1], CultureInfo.InvariantCulture)]![4]!.AsArray())
            .Select(i => data["strings"]![data["facts"]![i!.GetValue<int>()]![nature]!.GetValue<int>()]!.GetValue<string>()).ToList();
        Assert.NotEmpty(natures);
        Assert.All(natures, n => Assert.Equal("pledge", n));
    }

    [BrowserTheory]
    [InlineData("亚投行")]
    [InlineData("亞投行")]
    [InlineData("AIIB")]
    [InlineData("asian infrastructure investment bank")]
    public async Task Search_finds_an_entity_by_any_of_its_catalogued_names(string query)
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Viewer().InputWithAliases(), "browser-alias");
        await using var browser = await OpenAsync(dir);

        await TypeAsync(browser, query);

        Assert.Equal(["亚投行 · 批准投资额|436亿美元|[1]", "亚投行 · 成员数|109个国家|[2]"], Rows(await browser.EvaluateAsync(VisibleRows)));
    }

    [BrowserFact]
    public async Task Sorting_by_value_ranks_within_each_unit_never_across_currencies()
    {
        var input = SampleTables.Viewer().InputWithAliases();
        var (dir, _) = ReportFolder.Write(input, "browser-sort");
        await using var browser = await OpenAsync(dir);

        await browser.EvaluateAsync("document.querySelector('#fact-table th[data-sort=value] button').click()");

        var expected = ModelFacts.Of(input)
            .OrderBy(f => f.Fact.Unit.Code(), StringComparer.Ordinal).ThenByDescending(f => f.Fact.Value).ThenBy(f => f.Index)
            .Select(f => f.EntityIndicator + "|" + f.ValueText + "|" + f.Citation).ToList();
        var rows = Rows(await browser.EvaluateAsync(VisibleRows));
        Assert.Equal(expected, rows);
        Assert.Equal(["中国 · 与东盟贸易额|6.98万亿元|[1]", "国家开发银行 · 融资窗口|3500亿元|[2]", "中国进出口银行 · 融资窗口|3500亿元|[2]", "丝路基金 · 新增资金|800亿元|[2]"],
            rows.Where(r => r.Contains("亿元|", StringComparison.Ordinal)));
        Assert.Equal("descending", await TextAsync(browser, "document.querySelector('#fact-table th[data-sort=value]').getAttribute('aria-sort')"));
    }

    [BrowserFact]
    public async Task At_a_phones_width_nothing_scrolls_sideways_and_facts_are_cards()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Viewer().InputWithAliases(), "browser-390");
        await using var browser = await OpenAsync(dir, 390);

        Assert.True((await browser.EvaluateAsync("document.documentElement.scrollWidth <= document.documentElement.clientWidth && document.body.scrollWidth <= 390"))!.GetValue<bool>(),
            "the page is wider than the 390 px viewport: " + await TextAsync(browser, "String(document.documentElement.scrollWidth)"));
        Assert.Equal("block", await TextAsync(browser, "getComputedStyle(document.querySelector('#fact-table tbody tr')).display"));
        Assert.Equal("数值：", await TextAsync(browser, "getComputedStyle(document.querySelector('#fact-table tbody td.num'), '::before').content.replace(/\"/g, '')"));
        // Chart text is drawn at the figure's width, never scaled down: 12 px on the phone.
        var fontSizes = Rows(await browser.EvaluateAsync("JSON.stringify(Array.from(document.querySelectorAll('.plot text')).map(t => String(t.getBoundingClientRect().height)))"));
        Assert.NotEmpty(fontSizes);
        Assert.All(fontSizes, h => Assert.True(double.Parse(h, CultureInfo.InvariantCulture) >= 11, $"chart text {h} px high"));
        Assert.True((await browser.EvaluateAsync("Array.from(document.querySelectorAll('.plot svg')).every(s => s.getBoundingClientRect().right <= 390" +
            " && Math.abs(s.getBoundingClientRect().width - s.viewBox.baseVal.width) < 1)"))!.GetValue<bool>(), "a chart is wider than the phone or scaled");
        Assert.Equal(["12px"], Rows(await browser.EvaluateAsync("JSON.stringify([...new Set(Array.from(document.querySelectorAll('.plot text')).map(t => getComputedStyle(t).fontSize))])")));
        await ScreenshotAsync(browser, dir, "browser-390-top.png");

        await browser.EvaluateAsync("document.getElementById('facts').scrollIntoView()");
        await ScreenshotAsync(browser, dir, "browser-390-cards.png");
    }

    [BrowserFact]
    public async Task Chinese_renders_with_the_embedded_font_on_a_machine_without_one()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Viewer().InputWithAliases(), "browser-font");
        await using var browser = await OpenAsync(dir);

        await browser.EvaluateAsync("document.fonts.ready.then(() => true)");

        Assert.True((await browser.EvaluateAsync("Array.from(document.fonts).some(f => f.family.includes('BeltRoad CJK') && f.status === 'loaded')"))!.GetValue<bool>());
        Assert.True((await browser.EvaluateAsync("document.fonts.check('16px \"BeltRoad CJK\"', '中欧班列累計開行')"))!.GetValue<bool>());
        // A glyph the font has is as wide as the font says (1 em for a Han character), not a fallback box or nothing.
        Assert.Equal("16", await TextAsync(browser,
            "(() => { const c = document.createElement('canvas').getContext('2d'); c.font = '16px \"BeltRoad CJK\"'; return String(Math.round(c.measureText('中').width)); })()"));
        // Form controls take the browser's own font unless told: the chart picker's Chinese options were boxes.
        Assert.Empty(Rows(await browser.EvaluateAsync(
            "JSON.stringify(Array.from(document.querySelectorAll('select, input, button')).filter(e => !getComputedStyle(e).fontFamily.includes('BeltRoad CJK')).map(e => e.id || e.outerHTML.slice(0, 40)))")));
    }

    [BrowserFact]
    public async Task Every_control_is_reachable_by_keyboard()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Viewer().InputWithAliases(), "browser-keyboard");
        await using var browser = await OpenAsync(dir);

        var reachable = Rows(await browser.EvaluateAsync(
            "JSON.stringify(Array.from(document.querySelectorAll('.plot .mark, #fact-table th button, select, #filter-text, #page-next')).filter(e => e.tabIndex < 0).map(e => e.outerHTML.slice(0, 60)))"));
        Assert.Empty(reachable);

        await browser.EvaluateAsync("(() => { const g = document.querySelector('#charts .plot .mark'); g.focus(); g.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); })()");
        Assert.False((await browser.EvaluateAsync("document.getElementById('filter-selection').hidden"))!.GetValue<bool>());
    }

    [BrowserFact]
    public async Task Markup_from_a_document_is_shown_as_text_and_never_runs()
    {
        var input = SampleTables.Corpus().Input();
        var (dir, _) = ReportFolder.Write(input, "browser-hostile");
        var hostileFact = ModelFacts.Of(input).Single(f => f.Fact.Quote.Contains("<script>", StringComparison.Ordinal));
        var hostile = hostileFact.QuoteAnchor;
        await using var browser = await OpenAsync(dir);

        // The page's own four: its data, the packed fact blocks, the packed lists and the script.
        Assert.Equal(4, (await browser.EvaluateAsync("document.scripts.length"))!.GetValue<int>());
        Assert.StartsWith("[3] <script>alert('title')</script>", await TextAsync(browser, "document.querySelector('#doc-3 h3').textContent"), StringComparison.Ordinal);
        var data = HtmlPage.Data(File.ReadAllText(Path.Combine(dir, "index.html")));
        Assert.Contains(data["quotes"]!.AsArray(), q => q!.GetValue<string>().Contains("</script><script>alert(2)</script>", StringComparison.Ordinal));

        await browser.EvaluateAsync($"location.hash = '#{hostile}'");
        await browser.WaitForAsync($"document.getElementById('{hostile}') !== null");
        Assert.Contains("</script><script>alert(2)</script>", await TextAsync(browser, $"document.getElementById('{hostile}').parentNode.textContent"), StringComparison.Ordinal);
        Assert.Equal(hostileFact.TextLink, await TextAsync(browser, $"document.getElementById('{hostile}').parentNode.querySelector('a.text-link').getAttribute('href')"));
        await ScreenshotAsync(browser, dir, "browser-sources.png");

        await browser.EvaluateAsync($"location.hash = '#{hostileFact.Anchor}'");
        await browser.WaitForAsync($"document.getElementById('{hostileFact.Anchor}') !== null");
        Assert.Contains(hostileFact.ValueText, await TextAsync(browser, $"document.getElementById('{hostileFact.Anchor}').textContent"), StringComparison.Ordinal);
    }

    [BrowserTheory]
    [InlineData(1400)]
    [InlineData(390)]
    public async Task The_seeds_page_fits_the_width_and_finds_the_AIIB_by_its_english_name(int width)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "report-out", "browser-seeds-" + width.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        var outcome = await new Pipeline.ReportRunner().RunAsync(new Pipeline.RunOptions(Path.Combine(RepoRoot.Path, "seeds"), dir));
        Assert.Equal(RunStatus.Succeeded, outcome.Status);
        await using var browser = await OpenAsync(dir, width);

        Assert.True((await browser.EvaluateAsync("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))!.GetValue<bool>());
        Assert.NotEmpty(Rows(await browser.EvaluateAsync(DrawnMarks)));
        await ScreenshotAsync(browser, dir, $"browser-{width}-seeds-top.png");
        await browser.EvaluateAsync("document.getElementById('charts').scrollIntoView()");
        await ScreenshotAsync(browser, dir, $"browser-{width}-seeds-charts.png");

        await TypeAsync(browser, "AIIB");
        var rows = Rows(await browser.EvaluateAsync(VisibleRows));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("亚投行", r, StringComparison.Ordinal));
        await browser.EvaluateAsync("document.getElementById('facts').scrollIntoView()");
        await ScreenshotAsync(browser, dir, $"browser-{width}-seeds-aiib.png");
    }

    private static async Task<Chromium> OpenAsync(string dir, int width = 1400)
    {
        var browser = await Chromium.OpenAsync(new Uri(Path.Combine(dir, "index.html")).AbsoluteUri, width);
        if (width < 600)
        {
            await browser.SetViewportAsync(width, 844, mobile: true);
        }

        await browser.WaitForAsync(Loaded);
        // A narrowed viewport redraws the charts after the page's resize pause: wait for the drawing at this width.
        await browser.WaitForAsync("document.documentElement.dataset.chartsWidth === String(document.documentElement.clientWidth)");
        return browser;
    }

    private static Task SetAsync(Chromium browser, string select, string value) =>
        browser.EvaluateAsync($"(() => {{ const s = document.getElementById('{select}'); s.value = '{value}'; s.dispatchEvent(new Event('change')); }})()");

    private static async Task TypeAsync(Chromium browser, string query)
    {
        await browser.EvaluateAsync($"(() => {{ const t = document.getElementById('filter-text'); t.value = '{query}'; t.dispatchEvent(new Event('input')); }})()");
        await browser.WaitForAsync("(() => { const c = document.getElementById('filter-count').textContent.split(' / '); return c[0] !== c[1].split(' ')[0]; })()");
    }

    private static async Task<string> TextAsync(Chromium browser, string expression) => (await browser.EvaluateAsync(expression))!.GetValue<string>();

    private static async Task ScreenshotAsync(Chromium browser, string dir, string name) =>
        await File.WriteAllBytesAsync(Path.Combine(dir, name), await browser.ScreenshotAsync());

    private static List<string> Rows(JsonNode? json) =>
        [.. JsonNode.Parse(json!.GetValue<string>())!.AsArray().Select(n => n!.GetValue<string>())];
}
