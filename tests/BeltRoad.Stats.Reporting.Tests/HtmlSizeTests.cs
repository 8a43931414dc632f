using System.Globalization;
using System.Text.RegularExpressions;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Digest;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>The page's markup stays bounded like the digest: a finding of thousands names a few members and counts the rest.</summary>
public partial class HtmlSizeTests
{
    [Fact]
    public void A_conflict_of_thousands_names_as_many_members_as_the_digest_in_its_quality_line_and_change_rows()
    {
        var builder = new FactBuilder();
        for (var d = 0; d < 3_000; d++)
        {
            var doc = string.Create(CultureInfo.InvariantCulture, $"doc_{d:D5}.txt");
            builder.Document(doc, string.Create(CultureInfo.InvariantCulture, $"第{d}号通报"), "2024-01")
                .Fact(doc, "train_count", "中欧班列累计开行", 70_000m + d, Unit.Trains, "2023-06-30").Meaning("中欧班列", "开行列数");
        }

        var input = builder.Finding(FindingKind.Conflict, "train_count", "中欧班列累计开行").Input(new DateOnly(2024, 12, 31));
        var page = HtmlViewWriter.Write(ReportModelBuilder.Build(input with { Changes = FactChanges.Between("previous", [], builder.Table().Facts) }));

        var conflict = ConflictLine().Match(page);
        Assert.True(conflict.Success);
        Assert.Equal(FactRows.MaxMembers, FactLink().Matches(conflict.Value).Count);
        Assert.EndsWith("等共3000条</p>", conflict.Value, StringComparison.Ordinal);
        Assert.Equal(FactRows.MaxMembers, Regex.Matches(page, "<tr><td>新出现的出入</td><td>").Count);
        Assert.Contains("<tr><td>新出现的出入</td><td colspan=\"5\">等共3000条</td></tr>", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<p class=\"conflict\">.*?</p>")]
    private static partial Regex ConflictLine();

    [GeneratedRegex("<a href=\"#f[0-9]+\">")]
    private static partial Regex FactLink();
}
