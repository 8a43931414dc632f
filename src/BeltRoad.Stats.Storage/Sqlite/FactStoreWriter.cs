using System.Globalization;
using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Fills an empty facts.sqlite: documents, facts with their spans, findings, skipped, issues, runs; then the secondary
/// indexes over the loaded rows. Each table's INSERT is prepared once and bound per row. The load is split in two
/// halves written at once on two connections: the documents and facts into the file itself, everything else into a
/// side file beside it (the facts' indexes are built while the side is still being written), whose tables are then
/// copied in whole. That copy is SQLite's transfer of whole records
/// (INSERT INTO t SELECT * FROM t2 on identical empty tables, no decoding), a tenth of what binding them cost, and
/// keeps every rowid: the file holds the same rows, in the same order, under the same ids as one load would give.
/// </summary>
internal static class FactStoreWriter
{
    // The files are ".partial"s in the staging folder that nobody reads until one is renamed into place, and a crash
    // leaves only those, which the next attempt deletes: no rollback journal and no syncs are needed. Foreign
    // keys are checked here instead of row by row (half the load's time): a fact's document in WriteFacts, a finding's
    // member by FactLookup, and spans and members are written under the fact and finding they belong to. (Off, they
    // also let SQLite copy the side file's tables record by record.)
    // 16 KB pages: a quarter of the B-tree pages to split and link; readers do not notice. A 32 MB cache holds the
    // key indexes being filled; the other pages go to the OS as they fill (no sync), so memory stays bounded. Temporary
    // files on disk, not in memory: SQLite sorts an index's keys in one unbounded list when its temporary store is
    // memory, and in runs of the cache's size spilled to a file otherwise (at 1 GB of input the three fact indexes
    // raised the stage's resident memory by ≈ 120–150 MB; docs/scale.md, "Cost model"). At 100 MB one run holds them all.
    private const string BulkLoad = """
        PRAGMA foreign_keys = OFF;
        PRAGMA page_size = 16384;
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        PRAGMA locking_mode = EXCLUSIVE;
        PRAGMA temp_store = FILE;
        PRAGMA cache_size = -32768;
        """;

    /// <summary>The tables written into the side file, copied into the main one in this order.</summary>
    private static readonly string[] SideTables = ["occurrences", "findings", "finding_facts", "skipped", "issues", "runs"];

    /// <summary>Fills <paramref name="path"/> (a new file), using <paramref name="sidePath"/> (deleted after) for the second half.</summary>
    public static void Fill(string path, string sidePath, FactTable table, IEnumerable<RunRecord> runs)
    {
        // Its own thread, not the pool's: the pool's threads are busy with the run's other files and reports, and queued
        // there this half waited for them while the main half (and the run store's copy after it) waited for it.
        var side = Task.Factory.StartNew(() =>
        {
            using var connection = Open(sidePath);
            DbTransactions.Run(connection, transaction =>
            {
                SqliteRuntime.Execute(connection, SqliteSchema.Tables, transaction);
                WriteOccurrences(connection, table.Facts);
                WriteSkipped(connection, table.Skipped);
                WriteRunRows(connection, table, runs);
            });
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            using var connection = Open(path);
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
                WriteFacts(connection, table, table.Facts);
                SqliteRuntime.Execute(connection, SqliteSchema.FactIndexes, transaction);
            });
            side.GetAwaiter().GetResult();
            CopySide(connection, sidePath);
        }
        finally
        {
            // Whatever happened to the main half, the side file is not left behind, nor deleted while still written.
            ((IAsyncResult)side).AsyncWaitHandle.WaitOne();
            File.Delete(sidePath);
        }
    }

    /// <summary>The rows that belong to the run as a whole, not to one document: findings, issues, runs.</summary>
    public static void WriteRunRows(SqliteConnection connection, FactTable table, IEnumerable<RunRecord> runs)
    {
        WriteFindings(connection, table);
        WriteIssues(connection, table.Issues);
        WriteRuns(connection, runs);
    }

    /// <summary>A connection for loading a file nobody reads yet (<see cref="BulkLoad"/>).</summary>
    public static SqliteConnection Open(string path)
    {
        var connection = SqliteRuntime.Open(path, SqliteOpenMode.ReadWriteCreate);
        try
        {
            SqliteRuntime.Execute(connection, BulkLoad);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // The copies and the indexes are one transaction.
    private static void CopySide(SqliteConnection connection, string sidePath) =>
        SqliteAttachment.With(connection, sidePath, "side", () => DbTransactions.Run(connection, transaction =>
        {
            foreach (var name in SideTables)
            {
                SqliteRuntime.Execute(connection, $"INSERT INTO main.{name} SELECT * FROM side.{name}", transaction);
            }

            SqliteRuntime.Execute(connection, SqliteSchema.FindingIndexes, transaction);
            SqliteRuntime.Execute(connection, $"PRAGMA user_version = {SqliteSchema.Version.ToString(CultureInfo.InvariantCulture)}", transaction);
        }));

    public static void WriteDocuments(SqliteConnection connection, IEnumerable<DocumentInfo> documents)
    {
        using var insert = new SqliteRowInserter(connection, "documents", [.. DocumentColumns.Names]);
        foreach (var d in documents)
        {
            insert.Insert(DocumentColumns.All, d);
        }
    }

    /// <summary>Facts of <paramref name="table"/> (all, or some documents'), each with its page.</summary>
    public static void WriteFacts(SqliteConnection connection, FactTable table, IEnumerable<Fact> facts)
    {
        var pages = FactLookup.Pages(table);
        var documents = table.Documents.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        using var insert = new SqliteRowInserter(connection, "facts", [.. FactColumns.Names]);
        foreach (var f in facts)
        {
            if (!documents.Contains(f.Doc))
            {
                throw new ArgumentException($"Fact '{f.Id}' names document '{f.Doc}', which is not in the fact table.", nameof(table));
            }

            insert.Insert(FactColumns.All, new FactRow(f, pages(f)));
        }
    }

    public static void WriteOccurrences(SqliteConnection connection, IEnumerable<Fact> facts)
    {
        using var insert = new SqliteRowInserter(connection, "occurrences", ["fact_id", "ordinal", "start", "end"]);
        foreach (var f in facts)
        {
            var count = f.OccurrenceCount;
            for (var ordinal = 1; ordinal <= count; ordinal++) // by index: no list for a fact stated once, no enumerator per fact
            {
                var span = f.OccurrenceAt(ordinal - 1);
                insert.Text(0, f.Id);
                insert.Integer(1, ordinal);
                insert.Integer(2, span.Start);
                insert.Integer(3, span.End);
                insert.Insert();
            }
        }
    }

    /// <summary>Findings numbered from 1 in the table's order, each with its member facts and their documents.</summary>
    private static void WriteFindings(SqliteConnection connection, FactTable table)
    {
        var members = FindingColumns.MembersOf(table);
        using var insert = new SqliteRowInserter(connection, "findings", ["id", .. FindingColumns.Names]);
        using var memberInsert = new SqliteRowInserter(connection, "finding_facts", ["finding_id", .. FindingColumns.MemberNames]);
        for (var i = 0; i < table.Findings.Count; i++)
        {
            var id = i + 1L;
            insert.Insert(id, FindingColumns.All, table.Findings[i]);
            foreach (var member in members[i])
            {
                memberInsert.Insert(id, FindingColumns.Members, member);
            }
        }
    }

    public static void WriteSkipped(SqliteConnection connection, IEnumerable<SkippedMention> skipped)
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

    public static void WriteIssues(SqliteConnection connection, IEnumerable<RunIssue> issues)
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
    public static void WriteRuns(SqliteConnection connection, IEnumerable<RunRecord> runs)
    {
        var columns = RunColumns.All.Take(RunColumns.SchemaOneCount).ToList();
        using var insert = new SqliteRowInserter(connection, "runs", [.. columns.Select(c => c.Name)]);
        foreach (var r in runs)
        {
            insert.Insert(columns, r);
        }
    }
}
