using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>The values the page's filters offer, gathered one fact at a time (a metric as its first fact names it).</summary>
internal sealed class FilterValues
{
    private (string Entity, string Indicator, MetricInfo? Metric, Nature? Nature, Unit? Unit) _last = ("", "", null, null, null);

    public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Indicators { get; } = new(StringComparer.Ordinal);

    public HashSet<Nature> Natures { get; } = [];

    public Dictionary<MetricCode, MetricInfo> Metrics { get; } = [];

    public HashSet<Unit> Units { get; } = [];

    public void Add(FactView f)
    {
        // Facts of one sentence mostly share their entity, indicator, metric, nature and unit: each is hashed when it changes.
        if (!ReferenceEquals(f.Fact.Entity, _last.Entity) && (_last.Entity = f.Fact.Entity).Length > 0)
        {
            Entities.Add(_last.Entity);
        }

        if (!ReferenceEquals(f.Fact.Indicator, _last.Indicator) && (_last.Indicator = f.Fact.Indicator).Length > 0)
        {
            Indicators.Add(_last.Indicator);
        }

        if (!ReferenceEquals(f.Metric, _last.Metric))
        {
            Metrics.TryAdd((_last.Metric = f.Metric).Code, f.Metric);
        }

        if (f.Fact.Nature != _last.Nature)
        {
            Natures.Add((_last.Nature = f.Fact.Nature).Value);
        }

        if (f.Fact.Unit != _last.Unit)
        {
            Units.Add((_last.Unit = f.Fact.Unit).Value);
        }
    }
}
