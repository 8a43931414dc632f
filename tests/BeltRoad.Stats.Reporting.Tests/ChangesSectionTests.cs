using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>「与上次相比」 appears when the run has changes against the previous one, and only then.</summary>
public class ChangesSectionTests
{
    [PdfToolFact]
    public void The_digest_and_page_read_what_changed_since_the_previous_run_alike()
    {
        var before = SampleTables.Corpus().Table().Facts;
        var after = SampleTables.Corpus().Fact(SampleTables.Paper, "teu", "新开通航线运量", 120_000m, Unit.TEU, "2023").Table();
        var changed = after.Facts.Select(f => f.Subject == "中欧班列运送货物" ? f with { Value = 7_300_000m } : f).ToList();
        var input = SampleTables.Corpus().Input() with
        {
            Facts = ReportFacts.Of(after with { Facts = changed }),
            Changes = FactChanges.Between("20231001T000000Z-abcdef", before, changed),
        };

        var (dir, _) = ReportFolder.Write(input, "changes");
        var text = DigestPdfTests.Text(Path.Combine(dir, "digest.pdf"));
        var html = File.ReadAllText(Path.Combine(dir, "index.html"));

        Assert.Contains("与上次相比", text, StringComparison.Ordinal);
        Assert.Contains("新增文件 0 份，移除文件 0 份；系列新数据点 1 个，数值修订 1 处", text, StringComparison.Ordinal);
        Assert.Contains("超过730万标箱", text, StringComparison.Ordinal);
        Assert.Contains("新开通航线运量", html, StringComparison.Ordinal);
        Assert.Contains("新增文件 0 份，移除文件 0 份；系列新数据点 1 个，数值修订 1 处", html, StringComparison.Ordinal);
        Assert.Contains("<td>数值修订</td>", html, StringComparison.Ordinal);
    }

    [PdfToolFact]
    public void A_rerun_on_unchanged_files_says_so_in_one_line_in_the_digest_and_the_page()
    {
        var facts = SampleTables.Corpus().Table().Facts;
        var input = SampleTables.Corpus().Input() with { Changes = FactChanges.Between("previous", facts, facts) };

        var (dir, _) = ReportFolder.Write(input, "changes-none");
        var text = DigestPdfTests.Text(Path.Combine(dir, "digest.pdf"));

        Assert.Contains("与上次发布的运行相比，文件与数据均无变化。", text, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(dir, "index.html"));
        Assert.Contains("与上次发布的运行相比，文件与数据均无变化。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>数值修订</td>", html, StringComparison.Ordinal);
        Assert.True(ReportModelBuilder.Build(input).ChangeSummary.IsEmpty);
    }

    [Fact]
    public void A_new_document_its_new_points_and_a_revision_by_another_document_are_read_as_news()
    {
        var before = SampleTables.Corpus().Table();
        var after = SampleTables.Corpus()
            .Document("d_update.txt", "更新", "2024-01")
            .Fact("d_update.txt", "train_count", "中欧班列累计开行", 90_000m, Unit.Trains, "2023-12-31").Meaning("中欧班列", "开行列数")
            .Fact("d_update.txt", "teu", "中欧班列运送货物", 7_500_000m, Unit.TEU, "2023-06-30", Qualifier.MoreThan).Meaning("中欧班列", "发送标箱")
            .Table();
        var revisedBefore = before.Facts.Where(f => f.Subject != "中欧班列运送货物").ToList();
        var input = SampleTables.Corpus().Input() with
        {
            Facts = ReportFacts.Of(after with { Facts = [.. after.Facts.Where(f => f.Subject != "中欧班列运送货物" || f.Doc == "d_update.txt")] }),
            Changes = FactChanges.Between("previous", before.Facts, [.. after.Facts.Where(f => f.Subject != "中欧班列运送货物" || f.Doc == "d_update.txt")]),
        };

        var summary = ReportModelBuilder.Build(input).ChangeSummary;

        Assert.Equal("d_update.txt", Assert.Single(summary.AddedDocuments).Info.Name);
        Assert.Equal(90_000m, Assert.Single(summary.NewPoints).Fact.Value);
        var (was, now) = Assert.Single(summary.Revisions);
        Assert.Equal((7_000_000m, 7_500_000m), (was.Value, now.Fact.Value));
        Assert.Equal(revisedBefore.Count, before.Facts.Count - 1);
    }

    [Fact]
    public void Without_changes_there_is_no_such_section()
    {
        var html = HtmlViewWriter.Write(ReportModelBuilder.Build(SampleTables.Corpus().Input()));

        Assert.DoesNotContain("id=\"changes\"", html, StringComparison.Ordinal);
    }
}
