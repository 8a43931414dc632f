using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Planning;
using BeltRoad.Stats.Reporting.Series;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// The model's pieces that are counts or lists the reports cut, gathered in one pass over the facts in the report's
/// order (<see cref="Add"/>), each keeping what the reports print, not every fact: the entity sections and the other
/// entities' counts, the outlook's first rows and counts by nature, the merged repeats the digest lists, the facts per
/// metric and one fact per document (the overview charts), and the filters' values.
/// </summary>
internal sealed class ReportPass
{
    private readonly FirstOf<FactView> _outlook;
    private readonly Dictionary<Nature, int> _outlookByNature = [];
    private readonly FirstOf<FactView> _repeats = new(RepeatOrder, QualityView.ListedRows);
    private readonly Dictionary<string, int> _metricAt = new(StringComparer.Ordinal);
    private readonly List<(string Label, int Count, int Priority)> _metrics = [];
    private readonly List<FactView> _documentFacts = [];
    private (MetricInfo? Info, int At) _metric;
    private int _mergedOccurrences;
    private (MetricInfo? Info, GroupTally? Tally) _group;

    public ReportPass(HeadlineCatalog headlines, FactChanges? changes)
    {
        _outlook = new(HeadlineRule.OutlookOrder(headlines), HeadlineRule.OutlookRows);
        Stated = new(changes);
    }

    public int Count { get; private set; }

    public EntityTally Entities { get; } = new();

    public SeriesBuilder Series { get; } = new();

    /// <summary>What the changes section needs of the facts the changes do not name.</summary>
    public ChangeReading.StatedPoints Stated { get; }

    /// <summary>Each metric group's tally, by group code.</summary>
    public Dictionary<string, GroupTally> Groups { get; } = new(StringComparer.Ordinal);

    public FilterValues Filters { get; } = new();

    /// <summary>Each metric (by code, in first-seen order) as its first fact names it, with its number of facts.</summary>
    public IReadOnlyList<(string Label, int Count, int Priority)> Metrics => _metrics;

    /// <summary>The first fact of each document (in number order; every unlisted document's first, as <see cref="DocumentView"/> equality tells them apart).</summary>
    public IReadOnlyList<FactView> DocumentFacts => _documentFacts;

    public OutlookView Outlook => new(_outlook.First, _outlook.Total, [.. _outlookByNature.OrderBy(n => n.Key).Select(n => (n.Key, n.Value))]);

    public RepeatsView Repeats => new(_repeats.Total, _mergedOccurrences, _repeats.First);

    /// <summary>The pass over a list of the views.</summary>
    public static ReportPass Over(IEnumerable<FactView> facts, HeadlineCatalog headlines, FactChanges? changes)
    {
        var pass = new ReportPass(headlines, changes);
        foreach (var f in facts)
        {
            pass.Add(f);
        }

        return pass;
    }

    // A per-fact loop: optimized at once (see ReportModelBuilder.Stream).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(FactView f)
    {
        Count++;
        Entities.Add(f);
        Series.Add(f);
        Stated.Add(f);
        Group(f).Add(f);
        Filters.Add(f);
        if (f.Fact.Nature != Nature.Actual)
        {
            _outlook.Add(f);
            _outlookByNature[f.Fact.Nature] = _outlookByNature.GetValueOrDefault(f.Fact.Nature) + 1;
        }

        if (f.Fact.OccurrenceCount > 1)
        {
            _repeats.Add(f);
            _mergedOccurrences += f.Fact.OccurrenceCount - 1;
        }

        // Facts of one sentence mostly share their metric's info: a code is hashed when the info changes.
        if (!ReferenceEquals(f.Metric, _metric.Info))
        {
            _metric.Info = f.Metric;
            if (!_metricAt.TryGetValue(f.Metric.Code.Value, out _metric.At))
            {
                _metricAt.Add(f.Metric.Code.Value, _metric.At = _metrics.Count);
                _metrics.Add((f.Metric.LabelZh, 0, f.Metric.Priority));
            }
        }

        _metrics[_metric.At] = _metrics[_metric.At] with { Count = _metrics[_metric.At].Count + 1 };
        if (_documentFacts.Count == 0 || !_documentFacts[^1].Document.Equals(f.Document))
        {
            _documentFacts.Add(f);
        }
    }

    // Facts of one sentence mostly share their metric's info: a group is hashed when the info changes.
    private GroupTally Group(FactView f)
    {
        if (!ReferenceEquals(f.Metric, _group.Info))
        {
            if (!Groups.TryGetValue(f.Metric.Group, out var tally))
            {
                Groups.Add(f.Metric.Group, tally = new GroupTally());
            }

            _group = (f.Metric, tally);
        }

        return _group.Tally!;
    }

    /// <summary>The repeats the digest lists: most occurrences first, then the table's order.</summary>
    private static readonly IComparer<FactView> RepeatOrder = Comparer<FactView>.Create((a, b) =>
    {
        var c = b.Fact.OccurrenceCount.CompareTo(a.Fact.OccurrenceCount);
        return c != 0 ? c : a.Index.CompareTo(b.Index);
    });
}
