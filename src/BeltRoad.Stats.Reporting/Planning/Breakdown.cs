using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// A total and the parts one passage states of it (「共开行5000列，其中西线2600列，中线1500列」). <see cref="Violation"/>
/// says why it cannot be charted, or null when it can: every part shares the total's comparison key (a subset label
/// 「共建国家…数」 counts as the total's indicator) and the parts sum to no more than the total.
/// </summary>
internal sealed record Breakdown(FactView Total, IReadOnlyList<FactView> Parts)
{
    public decimal PartsSum => Parts.Sum(p => p.Fact.Value);

    /// <summary>What the total holds beyond the parts listed: shown as 「其他」 when above zero.</summary>
    public decimal Remainder => Total.Fact.Value - PartsSum;

    public string? Violation
    {
        get
        {
            var total = Key(Total.Fact, Total.Fact.Indicator);
            if (total is null)
            {
                return "the total has no indicator or a period that compares";
            }

            if (Parts.FirstOrDefault(p => Key(p.Fact, Total.Fact.Indicator) != total) is { } odd)
            {
                return "a part differs from the total in indicator, unit, aggregation, nature or period: " + odd.Fact.Subject + " " + odd.Fact.Indicator;
            }

            return PartsSum > Total.Fact.Value
                ? string.Create(CultureInfo.InvariantCulture, $"the parts sum to {PartsSum} above the total {Total.Fact.Value}")
                : null;
        }
    }

    /// <summary>Why no chart, in the digest's words (null when <see cref="Violation"/> is).</summary>
    public string? ReasonWords => Violation is null ? null
        : PartsSum > Total.Fact.Value ? "所列部分之和超过所述合计（" + Total.QualifiedValue + "），不绘构成图"
        : "所列部分与合计的指标、单位、口径、性质或时期不一致，不绘构成图";

    /// <summary>A part's label: the words its subset label puts before the total's indicator, else its subject.</summary>
    public string Label(FactView part)
    {
        var indicator = part.Fact.Indicator;
        var whole = Total.Fact.Indicator;
        return indicator.Length > whole.Length && indicator.EndsWith(whole, StringComparison.Ordinal)
            ? indicator[..^whole.Length]
            : BreakdownRule.WithoutSubsetWord(part.SubjectText);
    }

    private static ComparisonKey? Key(Fact fact, string wholeIndicator) =>
        ComparisonKey.InPassage(fact) is { } key && key.Indicator.EndsWith(wholeIndicator, StringComparison.Ordinal) ? key with { Indicator = wholeIndicator } : null;
}
