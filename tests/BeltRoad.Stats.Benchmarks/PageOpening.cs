using System.Globalization;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// One opening of index.html in an open headless chromium: navigate, wait for the load event and the script's first
/// table page and charts, then for the packed lists and facts decoded and the sources added after it (ready), and return
/// the browser's own navigation timing with the page's <c>view-*</c> marks.
/// Shared by <see cref="HtmlViewLoadBenchmarks"/> (a generated table) and <c>html-open FILE</c> (a page a run published).
/// </summary>
internal static class PageOpening
{
    private const string Ready = "document.readyState === 'complete' && document.documentElement.dataset.ready === '1'";

    public static async Task<string> OpenAsync(Chromium browser, string url)
    {
        await browser.SendAsync("Page.navigate", new System.Text.Json.Nodes.JsonObject { ["url"] = url });
        await browser.WaitForAsync("location.protocol === 'file:' && " + Ready);
        var timing = await browser.EvaluateAsync(
            "(() => { const n = performance.getEntriesByType('navigation')[0]; const m = Object.fromEntries(performance.getEntriesByType('mark').map(e => [e.name, Math.round(e.startTime)]));" +
            " return 'load ' + Math.round(n.loadEventEnd) + ' (script start ' + m['view-start'] + ', data parsed ' + m['view-data-parsed'] + ', first page ' + m['view-first'] +" +
            " ', lists ' + m['view-lists'] + ', every fact decoded ' + m['view-facts'] + ', sources ' + m['view-sources'] + ', ready ' + m['view-ready'] + ')'; })()");
        return timing!.GetValue<string>();
    }

    /// <summary>
    /// <c>html-open FILE [N]</c>: a published index.html (say the 100 MB corpus's) opened N times (default 5) after one
    /// unmeasured opening; prints each opening's wall time (navigate → ready) and the browser's timing.
    /// </summary>
    public static int Run(string file, int times)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"{file}: no such file (publish a run first: beltroad-stats run --input … --output …)");
            return 2;
        }

        var url = new Uri(Path.GetFullPath(file)).AbsoluteUri;
        Console.WriteLine($"// {file}: {new FileInfo(file).Length / 1e6:0.0} MB");
        return RunAsync(url, times).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string url, int times)
    {
        await using var browser = await Chromium.OpenAsync("about:blank");
        await OpenAsync(browser, url);
        var walls = new List<double>();
        for (var i = 0; i < times; i++)
        {
            await browser.SendAsync("Page.navigate", new System.Text.Json.Nodes.JsonObject { ["url"] = "about:blank" });
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var timing = await OpenAsync(browser, url);
            walls.Add(watch.Elapsed.TotalMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"opening {i + 1}: {watch.Elapsed.TotalMilliseconds:F0} ms; chromium (ms): {timing}"));
        }

        walls.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {walls[walls.Count / 2]:F0} ms, max {walls[^1]:F0} ms over {walls.Count}"));
        return 0;
    }
}
