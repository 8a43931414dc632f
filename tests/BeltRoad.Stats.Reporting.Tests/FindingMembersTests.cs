using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Digest;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>A finding keeps of its members what its rows print (<see cref="FindingMembers"/>), as the rows read over every member.</summary>
public class FindingMembersTests
{
    // Twelve documents, two facts each of one key: a finding of 24 members, more than a row names.
    private static FactBuilder Corpus()
    {
        var builder = new FactBuilder();
        for (var d = 0; d < 12; d++)
        {
            builder.Document($"d{d:00}.txt", $"文件{d}", "2023-10-18");
        }

        for (var d = 0; d < 12; d++)
        {
            builder.Fact($"d{d:00}.txt", "count_countries", "签署合作文件的国家", 150m + d, Unit.Countries, "2023").Meaning("中国", "合作文件国家数")
                .Then().Fact($"d{d:00}.txt", "count_countries", "签署合作文件的国家", 150m + d, Unit.Countries, "2023").Meaning("中国", "合作文件国家数");
        }

        return builder.Finding(FindingKind.Conflict, "count_countries", "签署合作文件的国家");
    }

    [Fact]
    public void A_large_findings_rows_print_what_they_printed_from_every_member()
    {
        var input = Corpus().Input();
        var every = ModelFacts.Of(input).Where(v => v.Fact.Metric.Value == "count_countries").ToList();
        var members = ReportModelBuilder.Views(input).FindingMembers.Single();

        Assert.Equal(24, every.Count);
        Assert.Equal((24, 12), (members.Count, members.DocumentCount));
        Assert.Equal(every.Take(FactRows.MaxMembers), members.Shown);
        Assert.Equal(every.DistinctBy(v => v.Document.Number).Take(FactRows.MaxMembers).Concat(every.Take(FactRows.MaxMembers)), FactRows.Cited(members));
        Assert.Equal(every.Select(v => v.Document).Distinct().Take(FactRows.MaxMembers), members.Documents);
        Assert.Equal(" 等共12份", FactRows.References(members)[^1].Text);
        Assert.Equal(" 等共24条", FactRows.Statements(members)[^1].Text);
    }

    [Fact]
    public void Unlisted_documents_interleaved_by_span_are_each_counted_once()
    {
        var views = ModelFacts.Of(Corpus().Input()).Take(3).ToList();
        var unlisted = new[] { "x.txt", "y.txt", "x.txt", "y.txt" }
            .Select((name, i) => views[0] with { Index = 100 + i, Document = new DocumentView(new DocumentInfo(name, "", 0, "", DocumentLanguage.ZhHans, name, null, 0), 13, 0) });
        var members = new FindingMembers();
        foreach (var v in views.Concat(unlisted))
        {
            members.Add(v);
        }

        Assert.Equal((7, 4), (members.Count, members.DocumentCount));
    }

    [Fact]
    public void A_member_out_of_the_reports_order_is_refused()
    {
        var views = ModelFacts.Of(Corpus().Input()).ToList();
        var members = new FindingMembers();
        members.Add(views[^1]);
        Assert.Contains("report's order", Assert.Throws<ArgumentException>(() => members.Add(views[0])).Message, StringComparison.Ordinal);
    }
}
