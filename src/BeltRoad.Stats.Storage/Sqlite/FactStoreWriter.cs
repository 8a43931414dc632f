using System.Globalization;
using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Fills an empty facts.sqlite inside one transaction: documents, facts with their spans, findings, skipped, issues,
/// runs; then the secondary indexes over the loaded rows. Each table's INSERT is prepared once and bound per row.
/// </summary>
internal static class FactStoreWriter
{
    // The file is a ".partial" in the staging folder that nobody reads until it is renamed into place, and a crash
    // leaves only that partial, which the next attempt deletes: no rollback journal and no syncs are needed. Foreign
    // keys are checked here instead of row by row (half the load's time): a fact's document in WriteFacts, a finding's
    // member by FactLookup, and spans and members are written under the fact and finding they belong to.
    // 16 KB pages: a quarter of the B-tree pages to split and link; readers do not notice. A 32 MB cache holds the
    // key indexes being filled; the other pages go to the OS as they fill (no sync), so memory stays bounded.
    private const string BulkLoad = """
        PRAGMA foreign_keys = OFF;
        PRAGMA page_size = 16384;
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        PRAGMA locking_mode = EXCLUSIVE;
        PRAGMA temp_store = MEMORY;
        PRAGMA cache_size = -32768;
        """;

    public static void Fill(SqliteConnection connection, FactTable table, IEnumerable<RunRecord> runs)
    {
        SqliteRuntime.Execute(connection, BulkLoad);
        DbTransactions.Run(connection, transaction =>
        {
            SqliteRuntime.Execute(connection, SqliteSchema.Tables, transaction);
            using (var meta = new SqliteRowInserter(connection, "meta", ["key", "value"]))
            {
                meta.Text(0, "schema_version");
                meta.Text(1, SqliteSchema.Version.ToString(CultureInfo.InvariantCulture));
                meta.Insert();
            }

            WriteDocuments(connection, table.Documents);
            WriteFacts(connection, table);
            WriteOccurrences(connection, table.Facts);
            WriteFindings(connection, table);
            WriteSkipped(connection, table.Skipped);
            WriteIssues(connection, table.Issues);
            WriteRuns(connection, runs);
            SqliteRuntime.Execute(connection, SqliteSchema.Indexes, transaction);
            SqliteRuntime.Execute(connection, $"PRAGMA user_version = {SqliteSchema.Version.ToString(CultureInfo.InvariantCulture)}", transaction);
        });
    }

    private static void WriteDocuments(SqliteConnection connection, IEnumerable<DocumentInfo> documents)
    {
        using var insert = new SqliteRowInserter(connection, "documents", [.. DocumentColumns.Names]);
        foreach (var d in documents)
        {
            insert.Insert(DocumentColumns.All, d);
        }
    }

    private static void WriteFacts(SqliteConnection connection, FactTable table)
    {
        var pages = FactLookup.Pages(table);
        var documents = table.Documents.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        using var insert = new SqliteRowInserter(connection, "facts", [.. FactColumns.Names]);
        foreach (var f in table.Facts)
        {
            if (!documents.Contains(f.Doc))
            {
                throw new ArgumentException($"Fact '{f.Id}' names document '{f.Doc}', which is not in the fact table.", nameof(table));
            }

            insert.Insert(FactColumns.All, new FactRow(f, pages(f)));
        }
    }

    private static void WriteOccurrences(SqliteConnection connection, IEnumerable<Fact> facts)
    {
        using var insert = new SqliteRowInserter(connection, "occurrences", ["fact_id", "ordinal", "start", "end"]);
        foreach (var f in facts)
        {
            var ordinal = 0;
            foreach (var span in FactLookup.Spans(f))
            {
                insert.Text(0, f.Id);
                insert.Integer(1, ++ordinal);
                insert.Integer(2, span.Start);
                insert.Integer(3, span.End);
                insert.Insert();
            }
        }
    }

    /// <summary>Findings numbered from 1 in the table's order, each with its member facts and their documents.</summary>
    private static void WriteFindings(SqliteConnection connection, FactTable table)
    {
        var byId = FactLookup.ById(table);
        using var insert = new SqliteRowInserter(connection, "findings", ["id", "kind", "metric", "subject", "as_of"]);
        using var members = new SqliteRowInserter(connection, "finding_facts", ["finding_id", "fact_id", "doc"]);
        var id = 0L;
        foreach (var finding in table.Findings)
        {
            insert.Integer(0, ++id);
            insert.Text(1, FindingKindCodes.Code(finding.Kind));
            insert.Text(2, finding.Key.Metric.Value);
            insert.Text(3, finding.Key.Subject);
            insert.Text(4, finding.Key.AsOf);
            insert.Insert();
            foreach (var factId in finding.FactIds)
            {
                members.Integer(0, id);
                members.Text(1, factId);
                members.Text(2, FactLookup.Get(byId, factId).Doc);
                members.Insert();
            }
        }
    }

    private static void WriteSkipped(SqliteConnection connection, IEnumerable<SkippedMention> skipped)
    {
        using var insert = new SqliteRowInserter(connection, "skipped", ["doc", "start", "end", "text", "reason"]);
        foreach (var s in skipped)
        {
            insert.Text(0, s.Doc);
            insert.Integer(1, s.Span.Start);
            insert.Integer(2, s.Span.End);
            insert.Text(3, s.Text);
            insert.Text(4, s.Reason);
            insert.Insert();
        }
    }

    private static void WriteIssues(SqliteConnection connection, IEnumerable<RunIssue> issues)
    {
        using var insert = new SqliteRowInserter(connection, "issues", ["doc", "severity", "message"]);
        foreach (var i in issues)
        {
            insert.Text(0, i.Doc);
            insert.Text(1, SqliteText.Severity(i.Severity));
            insert.Text(2, i.Message);
            insert.Insert();
        }
    }

    // facts.sqlite keeps its schema-1 runs table (no node/trigger columns): a copy of the history for that one file.
    private static void WriteRuns(SqliteConnection connection, IEnumerable<RunRecord> runs)
    {
        var columns = RunColumns.All.Take(RunColumns.SchemaOneCount).ToList();
        using var insert = new SqliteRowInserter(connection, "runs", [.. columns.Select(c => c.Name)]);
        foreach (var r in runs)
        {
            insert.Insert(columns, r);
        }
    }
}
