using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// The like-with-like rule of each chart purpose, as one check the planner's output must pass: returns what mixes, or
/// null when the chart is pure. Tests run it over every planned chart.
/// </summary>
internal static class ChartPurity
{
    public const int MaxSeriesPerTimeChart = 3;

    public static string? Violation(PlannedChart chart)
    {
        var facts = chart.Facts.Select(f => f.Fact).ToList();
        return chart.Purpose switch
        {
            ChartPurpose.Program => null,
            ChartPurpose.Comparison => Mixed(facts, f => ComparisonKey.Of(f)?.ToString() ?? "(not comparable)", "comparison key")
                ?? Repeated(facts, f => f.Entity, "entity"),
            ChartPurpose.TimeSeries => Mixed(facts, f => (f.Unit, f.Aggregation, f.Nature).ToString(), "unit, aggregation or nature")
                ?? (facts.Select(f => f.Series).Distinct().Count() > MaxSeriesPerTimeChart ? "more than " + MaxSeriesPerTimeChart + " series" : null)
                ?? (facts.Any(f => f.AsOf is null) ? "an undated point" : null),
            ChartPurpose.Breakdown => facts.Count < 2 ? "a total without parts"
                : new Breakdown(chart.Facts[0], [.. chart.Facts.Skip(1)]).Violation ?? Repeated(facts, f => f.Id, "fact"),
            _ => throw new ArgumentOutOfRangeException(nameof(chart), chart.Purpose, "No purity rule for this chart purpose."),
        };
    }

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
