using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace BeltRoad.Stats.Benchmarks.PdfReaders;

/// <summary>
/// Realistic PDFs for comparing PDF readers: each text document of a folder printed by chromium from HTML as a
/// browser prints a news page (running header with the title, footer with 第 N 页 / 共 M 页), once in one column and
/// once in two, and once plainly (one column, no header or footer: the text of the .txt and nothing else); a statistical table with units in the header and in the cells; and a long report made of every
/// document again and again to about 200 pages. Beside each PDF, the .txt of the same content.
/// </summary>
internal static class PrintedPages
{
    private const string Header = "<div style='font-size:8px;width:100%;text-align:center;color:#555'><span class='title'></span> · 一带一路统计资料</div>";
    private const string Footer = "<div style='font-size:8px;width:100%;text-align:center'>第 <span class='pageNumber'></span> 页 / 共 <span class='totalPages'></span> 页</div>";

    public static async Task<int> MakeAsync(string documents, string output)
    {
        Directory.CreateDirectory(output);
        var texts = Directory.GetFiles(documents, "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var path in texts)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var text = await File.ReadAllTextAsync(path);
            foreach (var (layout, columns, furniture) in new[] { ("column", 1, true), ("two-columns", 2, true), ("plain", 1, false) })
            {
                await PrintAsync(Page(name, Paragraphs(text), columns), Path.Combine(output, $"{name}-{layout}.pdf"), furniture);
                await File.WriteAllTextAsync(Path.Combine(output, $"{name}-{layout}.txt"), text);
            }
        }

        var (table, tableText) = Table();
        await PrintAsync(Page("中欧班列分年度统计", table, 1), Path.Combine(output, "table.pdf"));
        await File.WriteAllTextAsync(Path.Combine(output, "table.txt"), tableText);

        var all = string.Join("\n\n", texts.Select(File.ReadAllText));
        var repeats = Math.Max(1, (int)Math.Ceiling(200 * 1_600.0 / all.Length));
        var longText = string.Join("\n\n", Enumerable.Repeat(all, repeats));
        await PrintAsync(Page("二百页汇编", Paragraphs(longText), 1), Path.Combine(output, "long-report.pdf"));
        await File.WriteAllTextAsync(Path.Combine(output, "long-report.txt"), longText);
        Console.WriteLine($"wrote {(texts.Count * 3) + 2} PDFs and their texts to {output}");
        return 0;
    }

    private static string Paragraphs(string text) => string.Concat(text.Split('\n')
        .Where(line => !string.IsNullOrWhiteSpace(line))
        .Select(line => $"<p>{WebUtility.HtmlEncode(line.Trim())}</p>\n"));

    private static string Page(string title, string body, int columns) => $"""
        <!doctype html><html lang="zh"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title>
        <style>body{"{"}font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:11pt;line-height:1.6;column-count:{columns};column-gap:2em{"}"}
        table{"{"}border-collapse:collapse{"}"} td,th{"{"}border:1px solid #999;padding:2px 8px;text-align:right{"}"}</style></head>
        <body>{body}</body></html>
        """;

    // Units in the header (万列, 亿美元) and in the cells (7.4万列): how a statistical annex sets figures.
    private static (string Html, string Text) Table()
    {
        var rows = Enumerable.Range(2016, 9).Select(year => (Year: year, Trains: 1_702 + ((year - 2016) * 1_950), Value: 80 + ((year - 2016) * 64.5m))).ToList();
        var html = new StringBuilder("<p>表1 中欧班列开行情况（2016—2024年）</p><table><tr><th>年份</th><th>开行列数（列）</th><th>货值（亿美元）</th><th>累计开行</th></tr>");
        var text = new StringBuilder("表1 中欧班列开行情况（2016—2024年）\n年份 开行列数（列） 货值（亿美元） 累计开行\n");
        var total = 0;
        foreach (var (year, trains, value) in rows)
        {
            total += trains;
            var cumulative = (total / 10_000m).ToString("0.0", CultureInfo.InvariantCulture) + "万列";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{year}年</td><td>{trains}</td><td>{value}</td><td>{cumulative}</td></tr>");
            text.Append(CultureInfo.InvariantCulture, $"{year}年 {trains} {value} {cumulative}\n");
        }

        const string Note = "截至2024年底，中欧班列累计开行超过11万列，通达欧洲25个国家的227个城市。";
        html.Append(CultureInfo.InvariantCulture, $"</table><p>{Note}</p>");
        text.Append(Note).Append('\n');
        return (html.ToString(), text.ToString());
    }

    private static async Task PrintAsync(string html, string pdf, bool furniture = true)
    {
        var page = Path.ChangeExtension(pdf, ".html");
        await File.WriteAllTextAsync(page, html);
        await using var browser = await Chromium.OpenAsync(new Uri(page).AbsoluteUri);
        await browser.WaitForAsync("location.protocol === 'file:' && document.readyState === 'complete' && document.fonts.status === 'loaded'");
        var printed = await browser.SendAsync("Page.printToPDF", new JsonObject
        {
            ["displayHeaderFooter"] = furniture,
            ["headerTemplate"] = Header,
            ["footerTemplate"] = Footer,
            ["marginTop"] = 0.8,
            ["marginBottom"] = 0.8,
            ["paperWidth"] = 8.27,
            ["paperHeight"] = 11.69,
        });
        await File.WriteAllBytesAsync(pdf, Convert.FromBase64String(printed["data"]!.GetValue<string>()));
        File.Delete(page);
    }
}
