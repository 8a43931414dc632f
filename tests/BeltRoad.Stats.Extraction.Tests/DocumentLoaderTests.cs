using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;

namespace BeltRoad.Stats.Extraction.Tests;

public class DocumentLoaderTests
{
    static DocumentLoaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Loads_good_files_and_names_each_bad_file_with_its_reason()
    {
        using var folder = new TempFolder();
        folder.Write("a-utf8.txt", Encoding.UTF8.GetBytes("共建“一带一路”\n\n2023年10月\n\n中欧班列累计开行7.4万列。"));
        folder.Write("b-gbk.txt", Encoding.GetEncoding("gb18030").GetBytes("中国与28个国家和地区签署21个自贸协定。"));
        folder.Write("sub/c-big5.md", Encoding.GetEncoding("big5").GetBytes("共150多個國家的代表參會。"));
        folder.Write("d-empty.txt", []);
        folder.Write("e-binary.txt", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0, 0, 0]);
        folder.Write("f-ignored.odt", [1, 2, 3]);

        var result = DocumentLoader.LoadFolder(folder.Path);

        Assert.Equal(["a-utf8.txt", "b-gbk.txt", "sub/c-big5.md"], result.Documents.Select(d => d.Info.Name));
        Assert.Equal(["utf-8", "gb18030", "big5"], result.Documents.Select(d => d.Info.Encoding));
        Assert.Equal([DocumentLanguage.ZhHans, DocumentLanguage.ZhHans, DocumentLanguage.ZhHant], result.Documents.Select(d => d.Info.Language));
        var empty = Assert.Single(result.Issues, i => i.Doc == "d-empty.txt");
        Assert.Equal(Severity.Warning, empty.Severity);
        Assert.Contains("empty", empty.Message);
        var binary = Assert.Single(result.Issues, i => i.Doc == "e-binary.txt");
        Assert.Equal(Severity.Failure, binary.Severity);
        Assert.Contains("binary", binary.Message);
    }

    [Fact]
    public void Reads_title_date_and_checksum()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("\n\n# 共建“一带一路”：构建人类命运共同体的重大实践\n\n(2023年10月)\n\n正文。");
        folder.Write("doc.txt", bytes);

        var doc = Assert.Single(DocumentLoader.LoadFolder(folder.Path).Documents).Info;

        Assert.Equal("共建“一带一路”：构建人类命运共同体的重大实践", doc.Title);
        Assert.Equal("2023-10", doc.Date.ToString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), doc.Sha256);
    }

    [Theory]
    [InlineData("2023年10月18日 北京", "2023-10-18")]
    [InlineData("(2023年10月)", "2023-10")]
    [InlineData("Beijing, 18 October 2023", "2023-10-18")]
    [InlineData("October 18, 2023", "2023-10-18")]
    [InlineData("咸阳日报 2021-09-10 08:11", "2021-09-10")]
    [InlineData("時間：2021/09/18　來源：新華網", "2021-09-18")]
    [InlineData("Updated: 2024-04-14 10:20", "2024-04-14")]
    [InlineData("BEIJING, Nov. 20, 2024", "2024-11-20")]
    [InlineData("Sept 9 2023", "2023-09-09")]
    [InlineData("Sep 12th 2024 | NAIROBI", "2024-09-12")] // a magazine's header: an ordinal day
    [InlineData("12th of September 2024", "2024-09-12")]
    [InlineData("2024-13-40", null)]
    [InlineData("Novak said 2023 was good", null)]
    [InlineData("第三届高峰论坛主席声明", null)]
    public void Finds_the_document_date_in_its_opening_lines(string line, string? expected) =>
        Assert.Equal(expected, DocumentHeader.ParseDate(line)?.ToString());

    // Passages written for this test: a statement that opens with its numbered first paragraph, broken across lines.
    [Theory]
    [InlineData("1. 我们，甲国总统、乙国总理、\n\n丙国总理于 2019 年 4月 27 日聚首某地，\n\n出席圆桌峰会。", "doc", "2019-04-27")]
    [InlineData("（一）合作成果，\n\n各方于2021年3月1日签署协议。", "doc", "2021-03-01")]
    [InlineData("某港年度通报\n\n本港于2020年建成。", "某港年度通报", null)]
    [InlineData("某论坛主席声明\n\n2023年10月18日\n\n各方于2023年10月17日抵达。", "某论坛主席声明", "2023-10-18")]
    public void A_document_opening_with_body_text_has_no_title_line_and_is_dated_by_the_event_it_reports(string text, string title, string? date)
    {
        Assert.Equal(title, DocumentHeader.Title(text, "doc"));
        Assert.Equal(date, DocumentHeader.Date(text)?.ToString());
    }

    [Theory]
    [InlineData("中国与共建国家进出口总额累计19.1万亿美元。", DocumentLanguage.ZhHans)]
    [InlineData("中國貨物貿易、服務貿易進出口額有望累計超過32萬億美元。", DocumentLanguage.ZhHant)]
    [InlineData("China's trade with partner countries reached US$19.1 trillion from 2013 to 2022.", DocumentLanguage.En)]
    [InlineData("臺灣鐵路", DocumentLanguage.ZhHant)]
    public void Detects_the_script(string text, DocumentLanguage expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));
}
