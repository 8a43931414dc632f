using System.Text;
using System.Text.Json;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Scheduling.Tests.Support;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>
/// The real process reads every input format and answers every command that serializes JSON: the paths a natively
/// compiled build (docs/scheduling.md, "Deploying"; run these tests with <c>BELTROAD_STATS_CLI</c>) could lose to trimming.
/// </summary>
public sealed class ProgramProcessTests
{
    [Fact]
    public async Task A_run_reads_pdf_web_page_and_word_inputs_into_facts()
    {
        using var work = new Workspace();
        File.WriteAllBytes(Path.Combine(work.Input, "wp.pdf"), TestPdf.Write(
            [["共建“一带一路”测试白皮书", "截至2023年6月底，中欧班列在过去十年间累计开行7.4", "万列，通达欧洲25个国家的217个城市。"]],
            new PdfDocumentInfo(new DateTimeOffset(2023, 10, 10, 0, 0, 0, TimeSpan.Zero)) { Title = "测试白皮书" }));
        File.WriteAllText(Path.Combine(work.Input, "news.html"), """
            <html><head><meta charset="utf-8"><meta property="og:site_name" content="测试新闻网"><title>测试报道</title></head>
            <body><article><p>2023年10月17日</p><p>中国与28个国家和地区签署了21个自贸协定。</p></article></body></html>
            """, Encoding.UTF8);
        File.WriteAllBytes(Path.Combine(work.Input, "draft.docx"), TestDocx.Write(
            [new("测试文稿", HeadingLevel: 1), new("2013年至2022年，中国与共建国家进出口总额累计19.1万亿美元。"), new("", Rows: [["年份", "开行"], ["2022年", "1.6万列"]])],
            title: "文稿", created: new DateTime(2023, 5, 1, 0, 0, 0, DateTimeKind.Utc)));

        var (code, output, error) = await CliProcess.Run(work.Root, "run", "--input", "input", "--output", "reports");

        Assert.True(code == 0, output + error);
        var facts = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(work.Output, "facts.json"))).RootElement;
        Assert.Equal(["draft.docx", "news.html", "wp.pdf"], facts.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        decimal[] Values(string doc) => [.. facts.GetProperty("facts").EnumerateArray()
            .Where(f => f.GetProperty("doc").GetString() == doc).Select(f => f.GetProperty("value").GetDecimal()).Order()];
        Assert.Contains(74_000m, Values("wp.pdf"));
        Assert.Contains(28m, Values("news.html"));
        Assert.Contains(19_100_000_000_000m, Values("draft.docx"));
        Assert.Contains(16_000m, Values("draft.docx"));
    }

    [Fact]
    public async Task Recognize_reads_json_lines_and_prints_each_lines_mentions()
    {
        using var work = new Workspace();

        var (code, output, error) = await CliProcess.Run(work.Root, "recognize", "--json-lines", "--text", "\"累计开行7.4万列\"");

        Assert.True(code == 0, output + error);
        var mention = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal(74_000m, mention.GetProperty("value").GetDecimal());
    }
}
