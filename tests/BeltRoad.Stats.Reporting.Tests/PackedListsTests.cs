using System.Globalization;
using System.Text.RegularExpressions;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>
/// What the page lists per document (the sources' entries, the documents the rows cite, the filters' options) travels
/// packed and is added after the load event: a page of 200 documents carries none of it as markup, and the browser
/// shows all of it once the page is ready.
/// </summary>
public partial class PackedListsTests
{
    private static readonly Lazy<string> Page = new(() => HtmlViewWriter.Write(
        ReportModelBuilder.Build(DigestSizeTests.Generated(documents: 200, factsPerDocument: 20).Input(new DateOnly(2024, 12, 31)))));

    [Fact]
    public void The_markup_holds_no_entry_or_option_per_document_and_the_packed_lists_hold_all()
    {
        var markup = ScriptElement().Replace(Page.Value, "");

        Assert.DoesNotContain("<article", markup, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Matches(markup, "<option value=\"\">全部</option>").Count);
        Assert.Equal(6, Regex.Matches(markup, "<option").Count);
        Assert.Equal(200, Regex.Matches(HtmlPage.Sources(Page.Value), "<article class=\"source\"").Count);
        Assert.Equal(200, HtmlPage.Lists(Page.Value)["docs"]!.AsArray().Count);
        Assert.Equal(200, Regex.Matches(HtmlPage.Lists(Page.Value)["filters"]!["filter-doc"]!.GetValue<string>(), "<option").Count);
    }

    [BrowserFact]
    public async Task Once_ready_the_page_shows_every_entry_and_option_and_its_load_event_waited_for_none()
    {
        using var folder = new TempFolder();
        var file = folder.Write("index.html", System.Text.Encoding.UTF8.GetBytes(Page.Value));
        await using var browser = await Chromium.OpenAsync(new Uri(file).AbsoluteUri, 1400);
        await browser.WaitForAsync(HtmlViewBrowserTests.Loaded);

        Assert.Equal(200, (await browser.EvaluateAsync("document.querySelectorAll('#source-list article.source').length"))!.GetValue<int>());
        Assert.Equal(201, (await browser.EvaluateAsync("document.getElementById('filter-doc').options.length"))!.GetValue<int>());
        Assert.Null(await browser.EvaluateAsync("document.getElementById('sources').getAttribute('aria-busy')"));
        // The first table page's citations link to their documents once the documents are in.
        Assert.Equal("#doc-1", (await browser.EvaluateAsync("document.querySelector('#fact-table tbody tr td:nth-child(8) a').getAttribute('href')"))!.GetValue<string>());
        var (load, lists) = (await Mark(browser, "performance.getEntriesByType('navigation')[0].loadEventEnd"), await Mark(browser, "performance.getEntriesByName('view-lists')[0].startTime"));
        Assert.True(load <= lists, $"load event at {load} ms, lists decoded at {lists} ms");
    }

    private static async Task<double> Mark(Chromium browser, string expression) =>
        double.Parse((await browser.EvaluateAsync("String(" + expression + ")"))!.GetValue<string>(), CultureInfo.InvariantCulture);

    [GeneratedRegex("<script[^>]*>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptElement();
}
