using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// One metric group's facts, gathered with every other group's in one pass over the table (not a lookup by group and
/// then a grouping by metric per group): in the order the group's charts and tables read them, and in document order
/// for the breakdown rule.
/// </summary>
internal sealed class MetricRuns
{
    private readonly List<FactView> _inTableOrder;
    private readonly Dictionary<string, int> _rank;

    private MetricRuns(List<List<FactView>> metrics, List<FactView> inTableOrder)
    {
        _inTableOrder = inTableOrder;
        // Priority is the metric's (its facts share one info), the code breaks ties; each metric's facts stay in table order.
        var ordered = metrics.OrderByDescending(m => m[0].Metric.Priority).ThenBy(m => m[0].Metric.Code.Value, StringComparer.Ordinal).ToList();
        _rank = ordered.Select((m, i) => (m[0].Metric.Code.Value, i)).ToDictionary(p => p.Value, p => p.i, StringComparer.Ordinal);
        ByMetric = [.. ordered.SelectMany(m => m)];
    }

    public static MetricRuns None { get; } = new([], []);

    /// <summary>By metric priority (highest first), then metric code, then table order.</summary>
    public List<FactView> ByMetric { get; }

    /// <summary>Each group's facts, by group code.</summary>
    public static Dictionary<string, MetricRuns> Of(IReadOnlyList<FactView> facts)
    {
        var metrics = new Dictionary<string, List<FactView>>(StringComparer.Ordinal);
        var groups = new Dictionary<string, (List<List<FactView>> Metrics, List<FactView> Facts)>(StringComparer.Ordinal);
        var (info, run, group) = ((MetricInfo?)null, (List<FactView>?)null, (List<FactView>?)null);
        foreach (var f in facts)
        {
            // Facts of one sentence mostly share their metric (and its info): a code is hashed when it changes.
            if (!ReferenceEquals(f.Metric, info))
            {
                info = f.Metric;
                if (!groups.TryGetValue(info.Group, out var g))
                {
                    groups.Add(info.Group, g = ([], []));
                }

                if (!metrics.TryGetValue(info.Code.Value, out run))
                {
                    metrics.Add(info.Code.Value, run = []);
                    g.Metrics.Add(run);
                }

                group = g.Facts;
            }

            run!.Add(f);
            group!.Add(f);
        }

        return groups.ToDictionary(g => g.Key, g => new MetricRuns(g.Value.Metrics, g.Value.Facts), StringComparer.Ordinal);
    }

    /// <summary>
    /// By document number, then span, then as in <see cref="ByMetric"/>: the table is in document and span order, so only
    /// facts at one span (rare) are put in metric order.
    /// </summary>
    public List<FactView> InDocumentOrder()
    {
        var ordered = new List<FactView>(_inTableOrder);
        for (var start = 0; start < ordered.Count;)
        {
            var end = start + 1;
            while (end < ordered.Count && ordered[end].Document.Number == ordered[start].Document.Number && ordered[end].Fact.Span == ordered[start].Fact.Span)
            {
                end++;
            }

            if (end - start > 1)
            {
                var tied = ordered.GetRange(start, end - start).OrderBy(f => _rank[f.Metric.Code.Value]).ToList();
                ordered.RemoveRange(start, tied.Count);
                ordered.InsertRange(start, tied);
            }

            start = end;
        }

        return ordered;
    }
}
