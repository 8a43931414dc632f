using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>A finding's member as a row: the fact and the document it is from.</summary>
internal sealed record FindingMember(string FactId, string Doc);

/// <summary>
/// A finding's columns and its members', in one place for every table that holds findings (facts.sqlite, the run
/// store's finding sets and their content keys) so all bind the same value to the same column. Each writer keys the
/// rows its own way: facts.sqlite by the finding's number in the table (from 1), the run store by its content key.
/// </summary>
internal static class FindingColumns
{
    // The members as rows, made once per table object from its FindingMembership: the store step's writers (facts.sqlite
    // and the run store's content) run at once over the same table, and the first to ask makes them.
    private static readonly ConditionalWeakTable<FactTable, Lazy<IReadOnlyList<IReadOnlyList<FindingMember>>>> Rows = new();

    public static IReadOnlyList<Column<CrossDocumentFinding>> All { get; } =
    [
        new("kind", ColumnType.Text, false, f => FindingKindCodes.Code(f.Kind)),
        new("metric", ColumnType.Text, false, f => f.Key.Metric.Value),
        new("subject", ColumnType.Text, false, f => f.Key.Subject),
        new("as_of", ColumnType.Text, true, f => f.Key.AsOf),
    ];

    public static IReadOnlyList<Column<FindingMember>> Members { get; } =
    [
        new("fact_id", ColumnType.Text, false, m => m.FactId),
        new("doc", ColumnType.Text, false, m => m.Doc),
    ];

    public static IEnumerable<string> Names => All.Select(c => c.Name);

    public static IEnumerable<string> MemberNames => Members.Select(c => c.Name);

    /// <summary>The members of each of the table's findings, in its order; a table that breaks <see cref="FindingMembership"/>'s rules fails.</summary>
    public static IReadOnlyList<IReadOnlyList<FindingMember>> MembersOf(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Rows.GetValue(table, static t => new Lazy<IReadOnlyList<IReadOnlyList<FindingMember>>>(() => MembersOf(t, FindingMembership.Of(t)))).Value;
    }

    private static FindingMember[][] MembersOf(FactTable table, FindingMembership membership) =>
        [.. Enumerable.Range(0, table.Findings.Count).Select(finding => membership.Members(finding).Select(index => Member(table, index)).ToArray())];

    /// <summary>The table's fact at <paramref name="index"/> as a finding's member.</summary>
    private static FindingMember Member(FactTable table, int index) => new(table.Facts[index].Id, table.Facts[index].Doc);
}
