using System.Globalization;
using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>Fills an empty facts.sqlite inside one transaction: documents, facts with their spans, findings, skipped, issues, runs.</summary>
internal static class FactStoreWriter
{
    public static void Fill(SqliteConnection connection, FactTable table, IEnumerable<RunRecord> runs)
    {
        DbTransactions.Run(connection, transaction =>
        {
            SqliteRuntime.Execute(connection, SqliteSchema.Create, transaction);
            using (var meta = new TableInserter(connection, transaction, "meta", "key", "value"))
            {
                meta.Insert("schema_version", SqliteSchema.Version.ToString(CultureInfo.InvariantCulture));
            }

            FactTableRows.WriteDocuments(connection, transaction, table.Documents);
            FactTableRows.WriteFacts(connection, transaction, table);
            WriteOccurrences(connection, transaction, table.Facts);
            FactTableRows.WriteFindings(connection, transaction, table);
            using (var skipped = new TableInserter(connection, transaction, "skipped", "doc", "start", "end", "text", "reason"))
            {
                table.Skipped.ToList().ForEach(s => skipped.Insert(s.Doc, s.Span.Start, s.Span.End, s.Text, s.Reason));
            }

            using (var issues = new TableInserter(connection, transaction, "issues", "doc", "severity", "message"))
            {
                table.Issues.ToList().ForEach(i => issues.Insert(i.Doc, SqliteText.Severity(i.Severity), i.Message));
            }

            WriteRuns(connection, transaction, runs);
            SqliteRuntime.Execute(connection, $"PRAGMA user_version = {SqliteSchema.Version.ToString(CultureInfo.InvariantCulture)}", transaction);
        });
    }

    private static void WriteOccurrences(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<Fact> facts)
    {
        using var spans = new TableInserter(connection, transaction, "occurrences", "fact_id", "ordinal", "start", "end");
        foreach (var f in facts)
        {
            var ordinal = 0;
            foreach (var span in FactLookup.Spans(f))
            {
                spans.Insert(f.Id, ++ordinal, span.Start, span.End);
            }
        }
    }

    // facts.sqlite keeps its schema-1 runs table (no node/trigger columns): a copy of the history for that one file.
    private static void WriteRuns(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<RunRecord> runs)
    {
        var columns = RunColumns.All.Take(RunColumns.SchemaOneCount).ToList();
        using var insert = new TableInserter(connection, transaction, "runs", columns.Select(c => c.Name));
        foreach (var r in runs)
        {
            insert.Insert([.. columns.Select(c => c.Value(r))]);
        }
    }
}
