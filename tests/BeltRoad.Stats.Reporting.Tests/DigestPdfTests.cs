using System.Globalization;
using System.Text.RegularExpressions;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>The digest as a reader's tools see it: qpdf's structural check and JSON, pdftotext, pdfinfo.</summary>
public partial class DigestPdfTests
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

        Assert.Equal(6, headlines.Count);
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
        var titles = PdfStructure.Read(pdf).Outline.Select(o => o.Title).ToList();
        foreach (var section in new[] { "目录 Contents", "一、要点数据 Headline figures", "二、要点系列 Headline series", "三、展望：目标、承诺与预测 Outlook", "四、图表 Charts", "五、主体 Entities", "中欧班列（5条）" })
        {
            Assert.Contains(section, titles);
        }
    }

    [PdfToolFact]
    public void Contents_page_numbers_equal_the_bookmark_targets_and_each_entry_links_there()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Corpus().Input(), "pdf-contents");
        var pdf = Path.Combine(dir, "digest.pdf");
        var structure = PdfStructure.Read(pdf);
        var contents = Text(pdf, 2, layout: true).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var entries = contents.Select(l => ContentsLine().Match(l)).Where(m => m.Success)
            .Select(m => (Title: m.Groups["title"].Value.Trim(), Page: int.Parse(m.Groups["page"].Value, CultureInfo.InvariantCulture))).ToList();

        Assert.True(entries.Count >= 7, string.Join("\n", contents));
        Assert.DoesNotContain(entries, e => e.Title.StartsWith("一带一路统计摘要", StringComparison.Ordinal));
        foreach (var (title, page) in entries)
        {
            // The bookmark of the same title, else one the (cut) entry begins or ends: 中欧班列 is an entity's entry, 中欧班列 · 开行列数 a series'.
            var bookmark = structure.Outline.Any(o => o.Title == title)
                ? structure.Outline.First(o => o.Title == title)
                : structure.Outline.Where(o => o.Title.StartsWith(title, StringComparison.Ordinal) || title.StartsWith(o.Title, StringComparison.Ordinal)).MinBy(o => o.Title.Length);
            Assert.True(bookmark.Page == page, $"contents says {title} is on page {page}, its bookmark opens page {bookmark.Page}");
        }

        Assert.Equal(entries.Select(e => e.Page).SelectMany(p => new[] { p, p }).Order(), structure.LinkTargets[1].Order());
    }

    [PdfToolFact]
    public void Every_source_reference_outside_the_sources_list_is_a_link_to_it()
    {
        var (dir, files) = ReportFolder.Write(SampleTables.Corpus().Input(), "pdf-links");
        var pdf = Path.Combine(dir, "digest.pdf");
        var structure = PdfStructure.Read(pdf);
        var sources = structure.Outline.Single(o => o.Title.EndsWith("来源文件 Sources", StringComparison.Ordinal)).Page;

        var checkedRefs = 0;
        for (var page = 3; page < sources; page++)
        {
            var refs = Reference().Matches(Text(pdf, page)).Count;
            var links = structure.LinkTargets[page - 1].Count(target => target >= sources);
            Assert.True(links >= refs, $"page {page}: {refs} [n] references, {links} links to the sources list");
            checkedRefs += refs;
        }

        Assert.True(checkedRefs > 10, $"only {checkedRefs} references checked in {files.DigestPages} pages");
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

    internal static string Text(string pdf, int? page = null, bool layout = false)
    {
        var args = new List<string> { "-enc", "UTF-8" };
        if (layout)
        {
            args.Add("-layout");
        }

        if (page is { } p)
        {
            args.AddRange(["-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture)]);
        }

        args.AddRange([pdf, "-"]);
        var (code, output, error) = ProcessRunner.Run("pdftotext", [.. args]);
        Assert.True(code == 0, error);
        return output;
    }

    [GeneratedRegex(@"^(?<title>\S.*?)\s+(?<page>\d+)$")]
    private static partial Regex ContentsLine();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Reference();
}
