using System.Data.Common;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// The rows of a fact table's documents, facts and findings in the run store's schema-2 tables (each row keyed by its
/// run id), as that schema's writer stored a published run: what the migration tests upgrade.
/// </summary>
internal static class FactTableRows
{
    private const string RunIdColumn = "run_id";

    public static void WriteDocuments(DbConnection connection, DbTransaction transaction, IEnumerable<DocumentInfo> documents, string? runId = null)
    {
        using var insert = new TableInserter(connection, transaction, "documents", Keyed(runId, [.. DocumentColumns.Names]));
        foreach (var d in documents)
        {
            insert.Insert(Keyed(runId, [.. DocumentColumns.All.Select(c => c.Value(d))]));
        }
    }

    public static void WriteFacts(DbConnection connection, DbTransaction transaction, FactTable table, string? runId = null)
    {
        var pages = FactLookup.Pages(table);
        var columns = FactColumns.SchemaTwo;
        using var insert = new TableInserter(connection, transaction, "facts", Keyed(runId, [.. columns.Select(c => c.Name)]));
        foreach (var f in table.Facts)
        {
            var row = new FactRow(f, pages(f));
            insert.Insert(Keyed(runId, [.. columns.Select(c => c.Value(row))]));
        }
    }

    /// <summary>Findings numbered from 1 in the table's order, each with its member facts and their documents.</summary>
    public static void WriteFindings(DbConnection connection, DbTransaction transaction, FactTable table, string? runId = null)
    {
        var members = FindingColumns.MembersOf(table);
        using var insert = new TableInserter(connection, transaction, "findings", Keyed(runId, ["id", .. FindingColumns.Names]));
        using var memberInsert = new TableInserter(connection, transaction, "finding_facts", Keyed(runId, ["finding_id", .. FindingColumns.MemberNames]));
        for (var i = 0; i < table.Findings.Count; i++)
        {
            object id = i + 1L;
            insert.Insert(Keyed(runId, Values(id, FindingColumns.All, table.Findings[i])));
            foreach (var member in members[i])
            {
                memberInsert.Insert(Keyed(runId, Values(id, FindingColumns.Members, member)));
            }
        }
    }

    private static object?[] Values<T>(object id, IReadOnlyList<Column<T>> columns, T row) => [id, .. columns.Select(c => c.Value(row))];

    private static string[] Keyed(string? runId, params string[] columns) => runId is null ? columns : [RunIdColumn, .. columns];

    private static object?[] Keyed(string? runId, params object?[] values) => runId is null ? values : [runId, .. values];
}
