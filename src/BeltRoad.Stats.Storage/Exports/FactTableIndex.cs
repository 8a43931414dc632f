using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Where each finding's members are in one fact table, worked out once per table, with what the exports derive from
/// it: each fact's finding (by its place or its id) and each finding's members as rows. The store step's writers
/// (facts.json, facts.sqlite or its patch, the run store's content) run at once over the same immutable table and each
/// looked its members up anew (100 MB: three id indexes of 200,000 facts and three lookups of 120,000 members per run);
/// now the first writer to ask builds this and the others wait for it. The id index is kept with it (≈ 6 MB at 200,000
/// facts) so a published file's member rows are checked against the one relation, not a second map of their own.
/// </summary>
internal sealed class FactTableIndex
{
    // Keyed by the table object (a record's value equality would hash all its facts): a run's table is one object, and
    // its index goes with it.
    private static readonly ConditionalWeakTable<FactTable, Lazy<FactTableIndex>> Built = new();

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byId;
    private readonly Lazy<int?[]> _findingByFact;
    private readonly Lazy<IReadOnlyList<IReadOnlyList<FindingMember>>> _members;

    private FactTableIndex(FactTable table)
    {
        var byId = FactLookup.IndexById(table);
        var members = MemberIndexes(table, byId);
        _byId = byId.GetAlternateLookup<ReadOnlySpan<char>>();
        _findingByFact = new(() => FindingIndex.ByFact(table, members));
        _members = new(() => FindingColumns.MembersOf(table, members));
    }

    /// <exception cref="ArgumentException">A fact id occurs twice, or a finding names a fact not in the table (thrown to every caller).</exception>
    public static FactTableIndex Of(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Built.GetValue(table, t => new Lazy<FactTableIndex>(() => new FactTableIndex(t))).Value;
    }

    // Once per run over every fact and member: compiled optimized at once (tier 0 and OSR cost more than that here).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[][] MemberIndexes(FactTable table, Dictionary<string, int> byId)
    {
        var members = new int[table.Findings.Count][];
        for (var i = 0; i < members.Length; i++)
        {
            var ids = table.Findings[i].FactIds;
            members[i] = new int[ids.Count];
            for (var k = 0; k < ids.Count; k++)
            {
                members[i][k] = FactLookup.Get(byId, ids[k]);
            }
        }

        return members;
    }

    /// <inheritdoc cref="FindingIndex.ByFact(FactTable)"/>
    public IReadOnlyList<int?> FindingByFact => _findingByFact.Value;

    /// <summary>The finding id (1-based, as <see cref="FindingByFact"/>) of the fact whose id is <paramref name="factId"/>; null when no fact has that id or its fact is in no finding.</summary>
    public int? FindingOf(ReadOnlySpan<char> factId) => _byId.TryGetValue(factId, out var index) ? _findingByFact.Value[index] : null;

    /// <inheritdoc cref="FindingColumns.MembersOf(FactTable)"/>
    public IReadOnlyList<IReadOnlyList<FindingMember>> FindingMembers => _members.Value;
}
