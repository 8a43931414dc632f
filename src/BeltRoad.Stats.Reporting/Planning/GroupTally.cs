using System.Runtime.CompilerServices;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// What a metric group's charts and data-quality lines need of its facts, gathered one fact at a time in the report's
/// order (<see cref="Add"/>), never the group's every fact: how many; each entity's newest figure per
/// <see cref="ComparisonKey"/> (the comparisons); and its total-and-parts passages, found a document at a time
/// (<see cref="BreakdownRule"/>: a passage never reaches into the next document), keeping the first
/// <see cref="ChartPlanner.MaxBreakdownsPerGroup"/> chartable ones and the first uncharted ones the digest lists.
/// </summary>
internal sealed class GroupTally
{
    private readonly Dictionary<ComparisonKey, Dictionary<string, FactView>> _comparable = [];
    private readonly List<FactView> _document = [];
    private readonly List<Breakdown> _breakdowns = [];
    private readonly FirstOf<Breakdown> _uncharted = new(Comparer<Breakdown>.Create((a, b) => a.Total.Index.CompareTo(b.Total.Index)), QualityView.ListedRows);

    public int Count { get; private set; }

    /// <summary>The chartable passages, in document order, at most <see cref="ChartPlanner.MaxBreakdownsPerGroup"/>.</summary>
    public IReadOnlyList<Breakdown> Breakdowns
    {
        get
        {
            Flush();
            return _breakdowns;
        }
    }

    /// <summary>Passages that could not be charted: the first the digest lists (by their total's place in the table), and how many in all.</summary>
    public FirstOf<Breakdown> Uncharted
    {
        get
        {
            Flush();
            return _uncharted;
        }
    }

    /// <summary>Per comparison key (no order: the planner orders them), each entity's newest figure (<see cref="FactOrder.Newest"/>).</summary>
    public IEnumerable<(ComparisonKey Key, List<FactView> Points)> Comparable => _comparable.Select(c => (c.Key, c.Value.Values.ToList()));

    /// <summary>The tally of <paramref name="facts"/>, put in document and span order first (as <see cref="BreakdownRule.Passages"/> reads them).</summary>
    public static GroupTally Of(IEnumerable<FactView> facts)
    {
        var tally = new GroupTally();
        foreach (var f in facts.GroupBy(f => f.Document.Number).OrderBy(g => g.Key).SelectMany(d => d.OrderBy(f => f.Fact.Span)))
        {
            tally.Add(f);
        }

        return tally;
    }

    // A per-fact loop: optimized at once (see ReportModelBuilder.Stream).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(FactView f)
    {
        Count++;
        if (f.Fact.Entity.Length > 0 && !Series.TierRule.IsTier(f.Fact) && ComparisonKey.Of(f.Fact) is { } key)
        {
            if (!_comparable.TryGetValue(key, out var newest))
            {
                _comparable.Add(key, newest = new(StringComparer.Ordinal));
            }

            // The newest of an entity's figures (a total order: the table's order breaks ties), whichever came first.
            if (!newest.TryGetValue(f.Fact.Entity, out var kept) || FactOrder.Newest.Compare(f, kept) < 0)
            {
                newest[f.Fact.Entity] = f;
            }
        }

        if (_document.Count > 0 && _document[0].Document.Number != f.Document.Number)
        {
            Flush();
        }

        _document.Add(f);
    }

    /// <summary>The passages of the document held: its facts by span, facts at one span by their metric's priority, then code.</summary>
    private void Flush()
    {
        if (_document.Count == 0)
        {
            return;
        }

        var ordered = _document.Select((f, i) => (f, i))
            .OrderBy(p => p.f.Fact.Span).ThenByDescending(p => p.f.Metric.Priority).ThenBy(p => p.f.Metric.Code.Value, StringComparer.Ordinal).ThenBy(p => p.i)
            .Select(p => p.f).ToList();
        _document.Clear();
        foreach (var passage in BreakdownRule.InDocumentOrder(ordered))
        {
            if (passage.Violation is not null)
            {
                _uncharted.Add(passage);
            }
            else if (_breakdowns.Count < ChartPlanner.MaxBreakdownsPerGroup && passage.Parts.Count + (passage.Remainder > 0 ? 1 : 0) >= ChartPlanner.MinBars)
            {
                _breakdowns.Add(passage);
            }
        }
    }
}
