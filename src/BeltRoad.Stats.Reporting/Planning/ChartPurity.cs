using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// The like-with-like rule of each chart purpose, as one check the planner's output must pass: returns what mixes, or
/// null when the chart is pure. Tests run it over every planned chart.
/// </summary>
internal static class ChartPurity
{
    public static string? Violation(PlannedChart chart)
    {
        var facts = chart.Facts.Select(f => f.Fact).ToList();
        return chart.Purpose switch
        {
            ChartPurpose.Program => null,
            ChartPurpose.Comparison => Mixed(facts, f => ComparisonKey.Of(f)?.ToString() ?? "(not comparable)", "comparison key")
                ?? Repeated(facts, f => f.Entity, "entity"),
            ChartPurpose.TimeSeries => Mixed(facts, f => f.Series?.ToString() ?? "(no series)", "series (entity, indicator, unit, aggregation, nature or period shape)")
                ?? (facts.Any(f => f.AsOf is null) ? "an undated point" : null)
                ?? (facts.FirstOrDefault(Series.TierRule.IsTier) is { } tier ? "a threshold drawn as a point: " + tier.Quote : null)
                ?? UnmarkedBound(chart),
            ChartPurpose.Breakdown => facts.Count < 2 ? "a total without parts"
                : new Breakdown(chart.Facts[0], [.. chart.Facts.Skip(1)]).Violation ?? Repeated(facts, f => f.Id, "fact"),
            _ => throw new ArgumentOutOfRangeException(nameof(chart), chart.Purpose, "No purity rule for this chart purpose."),
        };
    }

    // A bound is drawn as a bound: each point's mark carries the bound of its facts' qualifier, so the line passes it by.
    private static string? UnmarkedBound(PlannedChart chart) =>
        chart.Series is not { } series ? null
        : chart.Spec.Series.Single().Marks is not { } marks || marks.Count != series.Points.Count ? "points without marks"
        : series.Points.Select((p, i) => (p, marks[i])).FirstOrDefault(m => m.Item2 is null || m.Item2.Bound != m.p.Bound) is ({ } point, _)
            ? "a point drawn without its bound: " + point.QualifiedValue
            : null;

    private static string? Mixed(List<Fact> facts, Func<Fact, string> key, string what)
    {
        var keys = facts.Select(key).Distinct(StringComparer.Ordinal).ToList();
        return keys.Count > 1 ? "mixes " + what + ": " + string.Join(" | ", keys) : null;
    }

    private static string? Repeated(List<Fact> facts, Func<Fact, string> key, string what)
    {
        var repeated = facts.GroupBy(key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? null : "one " + what + " twice: " + repeated.Key;
    }
}
