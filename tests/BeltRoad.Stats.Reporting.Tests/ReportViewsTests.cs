using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

public class ReportViewsTests
{
    // b.txt sorts before c.txt, so the report's order is not the table's (a.txt, c.txt, b.txt).
    private static FactBuilder Corpus() => new FactBuilder()
        .Document("a.txt", "甲", "2023-10-18").Document("c.txt", "丙", "2023-10-18").Document("b.txt", "乙", "2023-10-18")
        .Fact("a.txt", "train_count", "中欧班列累计开行", 74_000m, Unit.Trains, "2023-06-30").Meaning("中欧班列", "累计开行列数")
        .Fact("a.txt", "teu", "甲港", 300m, Unit.TEU, "2023").Meaning("甲港", "集装箱吞吐量")
        .Fact("a.txt", "count_countries", "签署合作文件的国家", 150m, Unit.Countries, "2023").Meaning("中国", "合作文件国家数")
        .Fact("c.txt", "train_count", "中欧班列累计开行", 74_500m, Unit.Trains, "2023-06-30").Meaning("中欧班列", "累计开行列数")
        .Fact("c.txt", "count_countries", "签署合作文件的国家", 150m, Unit.Countries, "2023").Meaning("中国", "合作文件国家数")
        .Fact("b.txt", "train_count", "中欧班列累计开行", 74_000m, Unit.Trains, "2023-06-30").Meaning("中欧班列", "累计开行列数")
        .Fact("b.txt", "count_countries", "签署合作文件的国家", 150m, Unit.Countries, "2023").Meaning("中国", "合作文件国家数")
        .Finding(FindingKind.Conflict, "train_count", "中欧班列累计开行")
        .Finding(FindingKind.Corroborated, "count_countries", "签署合作文件的国家");

    [Fact]
    public void Each_fact_says_what_its_finding_says_of_it_and_a_fact_in_none_stands_alone()
    {
        var input = Corpus().Input() with { Changes = FactChanges.Between("previous", [], Corpus().Table().Facts) };
        var views = ReportModelBuilder.Views(input);
        var facts = ModelFacts.Of(input);
        var byId = facts.ToDictionary(v => v.Fact.Id);
        Assert.Equal(["a.txt", "a.txt", "a.txt", "b.txt", "b.txt", "c.txt", "c.txt"], facts.Select(v => v.Fact.Doc));
        foreach (var view in facts)
        {
            var (reliability, sources) = view.Fact.Metric.Value switch
            {
                "train_count" => (Reliability.Conflicting, 1),
                "count_countries" => (Reliability.Corroborated, 3),
                _ => (default(Reliability), 1),
            };
            Assert.Equal((reliability, sources), (view.Reliability, view.Sources));
            // The pass's view of the fact, as the page's rows read it in a pass of their own.
            Assert.Equal(view, views.ViewOf(view.Fact.Id));
        }

        Assert.Null(views.ViewOf("removed.txt#100"));
    }

    [Fact]
    public void A_fact_the_changes_do_not_name_is_not_looked_up_by_id()
    {
        var input = Corpus().Input();
        var views = ReportModelBuilder.Views(input);
        Assert.All(ModelFacts.Of(input), v => Assert.Null(views.ViewOf(v.Fact.Id)));
    }

    [Fact]
    public void A_findings_members_are_its_facts_views_in_the_reports_order()
    {
        var table = Corpus().Table();
        var input = Corpus().Input();
        var views = ReportModelBuilder.Views(input);
        var facts = ModelFacts.Of(input);
        Assert.Equal(table.Findings.Select(f => (f.Kind, f.Key)), views.Findings.Select(f => (f.Kind, f.Key)));
        Assert.Equal(table.Findings.Count, views.FindingMembers.Count);
        for (var i = 0; i < table.Findings.Count; i++)
        {
            var members = facts.Where(v => table.Findings[i].FactIds.Contains(v.Fact.Id)).ToList();
            Assert.Equal(table.Findings[i].FactIds.Count, views.FindingMembers[i].Count);
            Assert.Equal(members.Take(Digest.FactRows.MaxMembers), views.FindingMembers[i].Shown);
            Assert.Equal(members.Select(v => v.Document).Distinct(), views.FindingMembers[i].Documents);
        }
    }

    public static TheoryData<string, Func<FactTable, FactTable>> Broken => new()
    {
        { "a fact belongs to one finding at most", t => t with { Findings = [t.Findings[0], t.Findings[0]] } },
        { "which is not in the fact table", t => t with { Findings = [t.Findings[0] with { FactIds = [.. t.Findings[0].FactIds, "removed.txt#100"] }] } },
        { "occurs twice in the fact table", t => t with { Facts = [.. t.Facts, t.Facts[0]] } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_table_the_exports_refuse_is_refused_by_the_report_too(string message, Func<FactTable, FactTable> breaks)
    {
        var input = Corpus().Input();
        var e = Assert.Throws<ArgumentException>(() => ReportModelBuilder.Views(input with { Facts = ReportFacts.Of(breaks(Corpus().Table())) }));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
