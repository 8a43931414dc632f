using System.IO.Compression;
using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;

namespace BeltRoad.Stats.Extraction.Tests.Formats;

public class DocxReaderTests
{
    private static readonly TestDocx.Block[] Blocks =
    [
        new("共建一带一路测试文稿", HeadingLevel: 1),
        new("2023年10月"),
        new("一、基础设施", HeadingLevel: 2),
        new("截至2023年6月底，中欧班列累计开行7.4万列，通达欧洲25个国家的217个城市。"),
        new("", Rows: [["年份", "中欧班列开行"], ["2022年", "1.6万列"]]),
        new("By the end of 2022, China had signed more than 200 cooperation documents with over 150 countries."),
    ];

    private const string ExpectedText = """
        # 共建一带一路测试文稿
        2023年10月
        ## 一、基础设施
        截至2023年6月底，中欧班列累计开行7.4万列，通达欧洲25个国家的217个城市。
        年份 | 中欧班列开行
        2022年 | 1.6万列
        By the end of 2022, China had signed more than 200 cooperation documents with over 150 countries.

        """;

    [Fact]
    public void A_word_file_gives_headings_paragraphs_and_tables_in_order_and_the_facts_of_the_same_text()
    {
        using var folder = new TempFolder();
        folder.Write("draft.docx", TestDocx.Write(Blocks, title: "测试文稿（核心属性标题）", author: "研究组", created: new DateTime(2023, 10, 16, 0, 0, 0, DateTimeKind.Utc)));
        folder.Write("draft-as-text.txt", Encoding.UTF8.GetBytes(ExpectedText));

        var load = DocumentLoader.LoadFolder(folder.Path);
        var table = FormatFacts.Run(folder.Path);

        Assert.Empty(load.Issues);
        var doc = Assert.Single(load.Documents, d => d.Info.Name == "draft.docx");
        Assert.Equal(ExpectedText.ReplaceLineEndings("\n"), doc.Text);
        Assert.Equal(("docx", "测试文稿（核心属性标题）", "研究组", "2023-10-16"), (doc.Info.Format, doc.Info.Title, doc.Info.Author, doc.Info.Date.ToString()));
        var said = FormatFacts.Said(table, "draft.docx");
        Assert.True(said.Count >= 3, string.Join("\n", said));
        Assert.Equal(FormatFacts.Said(table, "draft-as-text.txt"), said);
        FormatFacts.AssertSpansIndex(table, load, "draft.docx");
    }

    [Fact]
    public void A_zip_of_something_else_named_docx_is_a_named_failure()
    {
        using var folder = new TempFolder();
        using (var zip = new MemoryStream())
        {
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                using var entry = new StreamWriter(archive.CreateEntry("notes.txt").Open());
                entry.Write("not a Word document");
            }

            folder.Write("renamed.docx", zip.ToArray());
        }

        folder.Write("garbage.docx", Encoding.UTF8.GetBytes("plain text saved as .docx"));
        folder.Write("ok.docx", TestDocx.Write(Blocks));

        var result = DocumentLoader.LoadFolder(folder.Path);

        Assert.Equal(["ok.docx"], result.Documents.Select(d => d.Info.Name));
        Assert.All(["garbage.docx", "renamed.docx"], name =>
        {
            var issue = Assert.Single(result.Issues, i => i.Doc == name);
            Assert.Equal(Severity.Failure, issue.Severity);
            Assert.Contains("not a Word document", issue.Message, StringComparison.Ordinal);
        });
    }
}
