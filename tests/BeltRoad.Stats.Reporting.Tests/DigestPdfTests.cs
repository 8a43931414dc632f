using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>The digest as a reader's tools see it: qpdf's structural check, pdftotext, pdfinfo.</summary>
public class DigestPdfTests
{
    [PdfToolFact]
    public void Qpdf_check_passes()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Corpus().Input(), "pdf-qpdf");

        var (code, output, error) = ProcessRunner.Run("qpdf", "--check", Path.Combine(dir, "digest.pdf"));

        Assert.True(code == 0, $"qpdf --check exited {code}:\n{output}\n{error}");
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }

    [PdfToolFact]
    public void Pdftotext_finds_every_headline_figure_as_shown_with_its_date()
    {
        var input = SampleTables.Corpus().Input();
        var (dir, _) = ReportFolder.Write(input, "pdf-text");
        var headlines = ReportModelBuilder.Build(input).Headlines;

        var text = Text(Path.Combine(dir, "digest.pdf"));

        Assert.Equal(8, headlines.Count);
        Assert.All(headlines, h =>
        {
            Assert.Contains(h.QualifiedValue, text, StringComparison.Ordinal);
            Assert.Contains("截至 " + h.AsOfText, text, StringComparison.Ordinal);
        });
        Assert.Contains("超过7.4万列", text, StringComparison.Ordinal);
        Assert.Contains("19.1万亿美元", text, StringComparison.Ordinal);
    }

    [PdfToolFact]
    public void Metadata_language_and_bookmarks_are_set()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Corpus().Input(), "pdf-meta");
        var pdf = Path.Combine(dir, "digest.pdf");

        var (_, info, _) = ProcessRunner.Run("pdfinfo", pdf);
        Assert.Contains("一带一路统计摘要 Belt and Road Statistics Digest", info, StringComparison.Ordinal);
        Assert.Contains("CreationDate:    Wed Oct 18 00:00:00 2023", info, StringComparison.Ordinal);
        var (_, qdf, _) = ProcessRunner.Run("qpdf", "--qdf", "--object-streams=disable", pdf, "-");
        Assert.Contains("/Lang (zh-CN)", qdf, StringComparison.Ordinal);
        Assert.Contains("/Outlines", qdf, StringComparison.Ordinal);
        var (_, json, _) = ProcessRunner.Run("qpdf", "--json", "--json-key=outlines", pdf);
        foreach (var section in new[] { "要点数据", "贸易 Trade", "交通运输 Transport", "数据质量", "来源文件" })
        {
            Assert.Contains(section, json, StringComparison.Ordinal);
        }
    }

    [PdfToolFact]
    public void Every_page_after_the_cover_is_numbered()
    {
        var (dir, files) = ReportFolder.Write(SampleTables.Corpus().Input(), "pdf-pages");

        var text = Text(Path.Combine(dir, "digest.pdf"));

        for (var page = 2; page <= files.DigestPages; page++)
        {
            Assert.Contains($"第 {page} 页 / 共 {files.DigestPages} 页", text, StringComparison.Ordinal);
        }
    }

    internal static string Text(string pdf)
    {
        var (code, output, error) = ProcessRunner.Run("pdftotext", "-enc", "UTF-8", pdf, "-");
        Assert.True(code == 0, error);
        return output;
    }
}
