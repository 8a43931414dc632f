using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// <c>html-parts FILE</c>: where a published index.html's bytes are: each section's markup, the stylesheet (the font
/// inside it), each script element, and the page data by key; largest first, in MB and in per cent of the page.
/// </summary>
internal static partial class PageParts
{
    public static int Run(string file)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"{file}: no such file (publish a run first: beltroad-stats run --input … --output …)");
            return 2;
        }

        var page = File.ReadAllText(file);
        var parts = new List<(string Name, long Bytes)>
        {
            ("style (font included)", Bytes(Between(page, "<style>", "</style>"))),
            ("  font", Bytes(Font().Match(page).Value)),
        };
        parts.AddRange(Section().Matches(page).Select(m => ("section " + m.Groups[1].Value, Bytes(m.Value))));
        foreach (Match script in Script().Matches(page))
        {
            var id = script.Groups[1].Success ? script.Groups[1].Value : "script";
            parts.Add((id, Bytes(script.Groups[2].Value)));
            if (id == "page-data")
            {
                using var data = JsonDocument.Parse(script.Groups[2].Value);
                parts.AddRange(data.RootElement.EnumerateObject().Select(p => ("  page-data." + p.Name, (long)Encoding.UTF8.GetByteCount(p.Value.GetRawText()))));
            }
        }

        var total = new FileInfo(file).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {file}: {total / 1e6:0.00} MB"));
        foreach (var (name, bytes) in parts.OrderByDescending(p => p.Bytes))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6,8:0.000} MB {100.0 * bytes / total,5:0.0} %  {name}"));
        }

        return 0;
    }

    private static long Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    private static string Between(string page, string open, string close)
    {
        var start = page.IndexOf(open, StringComparison.Ordinal);
        return start < 0 ? "" : page[start..page.IndexOf(close, start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("@font-face \\{[^}]*\\}")]
    private static partial Regex Font();

    [GeneratedRegex("<section id=\"([^\"]+)\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex("<script(?: type=\"[^\"]+\" id=\"([^\"]+)\"[^>]*)?>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex Script();
}
