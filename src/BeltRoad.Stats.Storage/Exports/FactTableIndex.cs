using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// What the exports derive from a table's <see cref="FindingMembership"/>, once per table: each fact's finding (by its
/// place or its id) and each finding's members as rows. The store step's writers (facts.json, facts.sqlite or its
/// patch, the run store's content) run at once over the same immutable table; the first to ask builds this and the
/// others wait for it. A published file's member rows are checked against the one relation, not a map of their own.
/// </summary>
internal sealed class FactTableIndex
{
    // Keyed by the table object, as the membership it reads.
    private static readonly ConditionalWeakTable<FactTable, Lazy<FactTableIndex>> Built = new();

    private readonly FindingMembership _membership;
    private readonly Lazy<IReadOnlyList<IReadOnlyList<FindingMember>>> _members;

    private FactTableIndex(FactTable table)
    {
        _membership = FindingMembership.Of(table);
        _members = new(() => FindingColumns.MembersOf(table, _membership));
    }

    /// <exception cref="ArgumentException">The table breaks <see cref="FindingMembership"/>'s rules: a fact id occurs twice, a finding names a fact not in the table, or a fact is in two findings (thrown to every caller).</exception>
    public static FactTableIndex Of(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Built.GetValue(table, t => new Lazy<FactTableIndex>(() => new FactTableIndex(t))).Value;
    }

    /// <inheritdoc cref="FindingIndex.ByFact(FactTable)"/>
    public IReadOnlyList<int?> FindingByFact => _membership.FindingByFact;

    /// <summary>The finding id (1-based, as <see cref="FindingByFact"/>) of the fact whose id is <paramref name="factId"/>; null when no fact has that id or its fact is in no finding.</summary>
    public int? FindingOf(ReadOnlySpan<char> factId) => _membership.PlaceOf(factId) is { } place ? _membership.FindingByFact[place] : null;

    /// <inheritdoc cref="FindingColumns.MembersOf(FactTable)"/>
    public IReadOnlyList<IReadOnlyList<FindingMember>> FindingMembers => _members.Value;
}
