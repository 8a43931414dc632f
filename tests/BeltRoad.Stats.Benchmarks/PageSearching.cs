using System.Globalization;
using System.Text.Json;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// <c>html-search FILE QUERY [N]</c>: a published index.html opened in headless chromium until every fact is decoded,
/// then QUERY typed into the search box N times (default 5; the box cleared between): each time from the input event
/// to the count of matching facts shown, the page's 200 ms typing pause (over 5,000 facts) included.
/// </summary>
internal static class PageSearching
{
    public static int Run(string file, string query, int times)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"{file}: no such file (publish a run first: beltroad-stats run --input … --output …)");
            return 2;
        }

        Console.WriteLine($"// {file}: {new FileInfo(file).Length / 1e6:0.0} MB, search \"{query}\"");
        return RunAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri, query, times).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string url, string query, int times)
    {
        await using var browser = await Chromium.OpenAsync("about:blank");
        Console.WriteLine("opening: chromium (ms): " + await PageOpening.OpenAsync(browser, url));
        var walls = new List<double>();
        for (var i = 0; i < times; i++)
        {
            var answer = (await browser.EvaluateAsync(Typed(query)))!.GetValue<string>();
            var ms = double.Parse(answer.Split(' ')[0], CultureInfo.InvariantCulture);
            walls.Add(ms);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search {i + 1}: {ms:F0} ms → {answer[(answer.IndexOf(' ', StringComparison.Ordinal) + 1)..]}"));
            await browser.EvaluateAsync(Typed(""));
        }

        walls.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {walls[walls.Count / 2]:F0} ms, max {walls[^1]:F0} ms over {walls.Count}"));
        return 0;
    }

    /// <summary>A script that types <paramref name="query"/> and answers "MS COUNT" once the count shown changes.</summary>
    private static string Typed(string query) =>
        "new Promise(done => { const count = document.getElementById('filter-count'), box = document.getElementById('filter-text');" +
        " const before = count.textContent, t0 = performance.now();" +
        " new MutationObserver((_, o) => { if (count.textContent !== before) { o.disconnect(); done(Math.round(performance.now() - t0) + ' ' + count.textContent); } })" +
        ".observe(count, { childList: true, characterData: true, subtree: true });" +
        " box.value = " + JsonSerializer.Serialize(query) + "; box.dispatchEvent(new Event('input')); })";
}
