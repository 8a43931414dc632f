using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// What the exports look up in one fact table by fact id, worked out once per table: each fact's position, each
/// fact's finding and each finding's members. The store step's writers (facts.json, facts.sqlite or its patch, the run
/// store's content) run at once over the same immutable table and each built these anew (100 MB: three id indexes
/// and two member lists per run, ≈ 0.15 s CPU); now the first to ask builds them and the others wait for it.
/// </summary>
internal sealed class FactTableIndex
{
    // Keyed by the table object (a record's value equality would hash all its facts): a run's table is one object, and
    // its index goes with it.
    private static readonly ConditionalWeakTable<FactTable, Lazy<FactTableIndex>> Built = new();

    private readonly Lazy<IReadOnlyList<int?>> _findingByFact;
    private readonly Lazy<IReadOnlyList<IReadOnlyList<FindingMember>>> _members;

    private FactTableIndex(FactTable table)
    {
        ById = FactLookup.IndexById(table);
        _findingByFact = new(() => FindingIndex.ByFact(table, ById));
        _members = new(() => FindingColumns.MembersOf(table, ById));
    }

    /// <summary>Each fact's index in the table, by id.</summary>
    /// <exception cref="ArgumentException">An id occurs twice (thrown to every caller).</exception>
    public static FactTableIndex Of(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Built.GetValue(table, t => new Lazy<FactTableIndex>(() => new FactTableIndex(t))).Value;
    }

    public IReadOnlyDictionary<string, int> ById { get; }

    /// <inheritdoc cref="FindingIndex.ByFact(FactTable, IReadOnlyDictionary{string, int})"/>
    public IReadOnlyList<int?> FindingByFact => _findingByFact.Value;

    /// <inheritdoc cref="FindingColumns.MembersOf(FactTable, IReadOnlyDictionary{string, int})"/>
    public IReadOnlyList<IReadOnlyList<FindingMember>> FindingMembers => _members.Value;
}
