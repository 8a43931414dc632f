using System.Globalization;
using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>Fills an empty facts.sqlite inside one transaction: documents, facts with their spans, findings, skipped, issues, runs.</summary>
internal static class FactStoreWriter
{
    public static void Fill(SqliteConnection connection, FactTable table, IEnumerable<RunRecord> runs)
    {
        var byId = FactLookup.ById(table);
        SqliteTransactions.Run(connection, transaction =>
        {
            SqliteRuntime.Execute(connection, SqliteSchema.Create, transaction);
            using (var meta = new SqliteInserter(connection, transaction, "meta", "key", "value"))
            {
                meta.Insert("schema_version", SqliteSchema.Version.ToString(CultureInfo.InvariantCulture));
            }

            WriteDocuments(connection, transaction, table.Documents);
            WriteFacts(connection, transaction, table.Facts);
            WriteFindings(connection, transaction, table.Findings, byId);
            using (var skipped = new SqliteInserter(connection, transaction, "skipped", "doc", "start", "end", "text", "reason"))
            {
                table.Skipped.ToList().ForEach(s => skipped.Insert(s.Doc, s.Span.Start, s.Span.End, s.Text, s.Reason));
            }

            using (var issues = new SqliteInserter(connection, transaction, "issues", "doc", "severity", "message"))
            {
                table.Issues.ToList().ForEach(i => issues.Insert(i.Doc, SqliteText.Severity(i.Severity), i.Message));
            }

            WriteRuns(connection, transaction, runs);
            SqliteRuntime.Execute(connection, $"PRAGMA user_version = {SqliteSchema.Version.ToString(CultureInfo.InvariantCulture)}", transaction);
        });
    }

    private static void WriteDocuments(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<DocumentInfo> documents)
    {
        using var insert = new SqliteInserter(connection, transaction, "documents",
            "name", "sha256", "size_bytes", "encoding", "language", "title", "date", "length");
        foreach (var d in documents)
        {
            insert.Insert(d.Name, d.Sha256, d.SizeBytes, d.Encoding, d.Language.Code(), d.Title, d.Date?.ToString(), d.Length);
        }
    }

    private static void WriteFacts(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<Fact> facts)
    {
        using var insert = new SqliteInserter(connection, transaction, "facts",
            "id", "doc", "metric", "entity", "indicator", "nature", "aggregation", "subject", "value", "value_num", "value_high", "value_high_num",
            "unit", "qualifier", "as_of", "as_of_basis", "section", "quote", "start", "end");
        using var spans = new SqliteInserter(connection, transaction, "occurrences", "fact_id", "ordinal", "start", "end");
        foreach (var f in facts)
        {
            insert.Insert(
                f.Id, f.Doc, f.Metric.Value, f.Entity, f.Indicator, f.Nature.Code(), f.Aggregation.Code(), f.Subject, DecimalText.Format(f.Value), (double)f.Value,
                f.ValueHigh is { } high ? DecimalText.Format(high) : null, (double?)f.ValueHigh,
                f.Unit.Code(), f.Qualifier.Code(), f.AsOf?.ToString(), f.AsOfBasis?.Code(), f.SectionPath, f.Quote, f.Span.Start, f.Span.End);
            var ordinal = 0;
            foreach (var span in FactLookup.Spans(f))
            {
                spans.Insert(f.Id, ++ordinal, span.Start, span.End);
            }
        }
    }

    private static void WriteFindings(
        SqliteConnection connection, SqliteTransaction transaction, IEnumerable<CrossDocumentFinding> findings, Dictionary<string, Fact> byId)
    {
        using var insert = new SqliteInserter(connection, transaction, "findings", "id", "kind", "metric", "subject", "as_of");
        using var members = new SqliteInserter(connection, transaction, "finding_facts", "finding_id", "fact_id", "doc");
        var id = 0;
        foreach (var finding in findings)
        {
            insert.Insert(++id, FindingKindCodes.Code(finding.Kind), finding.Key.Metric.Value, finding.Key.Subject, finding.Key.AsOf);
            foreach (var factId in finding.FactIds)
            {
                members.Insert(id, factId, FactLookup.Get(byId, factId).Doc);
            }
        }
    }

    private static void WriteRuns(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<RunRecord> runs)
    {
        using var insert = new SqliteInserter(connection, transaction, "runs",
            "run_id", "started_utc", "finished_utc", "status", "fingerprint", "documents", "facts", "warnings", "failures",
            "changes_added", "changes_removed", "changes_changed", "message");
        foreach (var r in runs)
        {
            insert.Insert(
                r.RunId, SqliteText.Time(r.Started), r.Finished is { } finished ? SqliteText.Time(finished) : null,
                r.Status.Code(), r.Fingerprint, r.Documents, r.Facts, r.Warnings, r.Failures,
                r.ChangesAdded, r.ChangesRemoved, r.ChangesChanged, r.Message);
        }
    }
}
