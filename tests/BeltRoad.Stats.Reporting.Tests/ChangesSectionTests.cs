using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>「与上次相比」 appears when the run has changes against the previous one, and only then.</summary>
public class ChangesSectionTests
{
    [PdfToolFact]
    public void The_digest_and_page_list_what_changed_since_the_previous_run()
    {
        var before = SampleTables.Corpus().Table().Facts;
        var after = SampleTables.Corpus().Fact(SampleTables.Paper, "teu", "新开通航线运量", 120_000m, Unit.TEU, "2023").Table();
        var changed = after.Facts.Select(f => f.Subject == "中欧班列运送货物" ? f with { Value = 7_300_000m } : f).ToList();
        var input = SampleTables.Corpus().Input() with
        {
            Table = after with { Facts = changed },
            Changes = FactChanges.Between("20231001T000000Z-abcdef", before, changed),
        };

        var (dir, _) = ReportFolder.Write(input, "changes");
        var text = DigestPdfTests.Text(Path.Combine(dir, "digest.pdf"));
        var html = File.ReadAllText(Path.Combine(dir, "index.html"));

        Assert.Contains("与上次相比", text, StringComparison.Ordinal);
        Assert.Contains("新增文件 0 份，移除文件 0 份；系列新数据点 1 个，数值修订 1 处", text, StringComparison.Ordinal);
        Assert.Contains("超过730万标箱", text, StringComparison.Ordinal);
        Assert.Contains("新开通航线运量", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_changes_there_is_no_such_section()
    {
        var html = HtmlViewWriter.Write(ReportModelBuilder.Build(SampleTables.Corpus().Input()));

        Assert.DoesNotContain("id=\"changes\"", html, StringComparison.Ordinal);
    }
}
