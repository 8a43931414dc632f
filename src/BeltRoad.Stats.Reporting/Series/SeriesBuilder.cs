using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Series;

/// <summary>
/// Gathers the facts into series (<see cref="SeriesKey.Of"/>) and each series' facts into points by period: the facts
/// of one period that give the same figure are one point (their documents listed); different figures for one period are
/// each a point, flagged as conflicting. Undated figures are no point (a chart has nowhere to put them); thresholds and
/// tiers (<see cref="TierRule"/>) are no point of the series they bound. Fed one fact at a time (<see cref="Add"/>), it
/// keeps only the facts that are points or tiers.
/// </summary>
internal sealed class SeriesBuilder
{
    private readonly Dictionary<SeriesKey, List<FactView>> _groups = [];
    private readonly List<SeriesKey> _order = [];
    private readonly List<FactView> _tiers = [];

    public static SeriesSet Build(IEnumerable<FactView> facts)
    {
        var builder = new SeriesBuilder();
        foreach (var f in facts)
        {
            builder.Add(f);
        }

        return builder.Build();
    }

    /// <summary>One fact of a pass in the report's order: kept only if it is a point of a series or a tier.</summary>
    // A per-fact loop: optimized at once (see ReportModelBuilder.Stream).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(FactView f)
    {
        var fact = f.Fact;
        if (fact.Series is not { } key || fact.AsOf is null)
        {
            return;
        }

        if (TierRule.IsTier(fact))
        {
            _tiers.Add(f);
            return;
        }

        if (!_groups.TryGetValue(key, out var members))
        {
            _groups.Add(key, members = []);
            _order.Add(key);
        }

        members.Add(f);
    }

    /// <summary>The series of the facts added, most documented first.</summary>
    public SeriesSet Build()
    {
        var series = _order
            .Select(key => (Key: key, Facts: _groups[key]))
            .OrderByDescending(s => s.Facts.Select(f => f.Document.Number).Distinct().Count())
            .ThenByDescending(s => s.Facts.Count)
            .ThenByDescending(s => s.Facts[0].Metric.Priority)
            .ThenBy(s => s.Facts[0].Index)
            .Select((s, i) => new SeriesView(i + 1, s.Key, s.Facts[0].Metric, Points(s.Facts)))
            .ToList();
        return new SeriesSet(series, _tiers);
    }

    /// <summary>The facts by period (in date order), each period's distinct figures a point each, flagged when more than one.</summary>
    private static List<SeriesPoint> Points(List<FactView> facts)
    {
        var points = new List<SeriesPoint>();
        foreach (var period in facts.GroupBy(f => f.Fact.AsOf!).OrderBy(g => Formatting.PeriodText.AxisDate(g.Key.Latest)).ThenBy(g => g.Key.From))
        {
            var figures = new List<List<FactView>>();
            foreach (var f in period.OrderBy(f => f.Index))
            {
                if (figures.Find(g => g[0].Fact.SameFigure(f.Fact)) is { } same)
                {
                    same.Add(f);
                }
                else
                {
                    figures.Add([f]);
                }
            }

            points.AddRange(figures
                .OrderByDescending(g => g.Select(f => f.Document.Number).Distinct().Count())
                .ThenBy(g => g[0].Index)
                .Select(g => new SeriesPoint(period.Key, g, figures.Count > 1)));
        }

        return points;
    }
}
