using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A new facts.sqlite made from the published one: copied, then the changed and removed documents' rows deleted, the new
/// and changed ones' inserted, the findings brought up to date (<see cref="FindingRowsPatch"/>), issues and runs
/// written anew. It holds the same rows as a whole write; only their rowids differ (a changed document's rows come
/// last), which no reader relies on (<see cref="FactStoreReader"/> orders by document). The published file must be the one its account describes:
/// same size, its last run the publishing run, and the same fact count for every document; the result must have the
/// table's counts.
/// </summary>
internal static class FactStorePatcher
{
    // Skipped mentions have no index by document: their delete reads the whole table (45 MB at 100 MB of input, ~150 ms),
    // so it runs only when a document's rows go.
    private const string DeleteGone = """
        DELETE FROM occurrences WHERE fact_id IN (SELECT id FROM facts WHERE doc IN (SELECT name FROM temp.gone));
        DELETE FROM facts WHERE doc IN (SELECT name FROM temp.gone);
        DELETE FROM skipped WHERE doc IN (SELECT name FROM temp.gone);
        DELETE FROM documents WHERE name IN (SELECT name FROM temp.gone);
        """;

    private const string DeleteRunRows = """
        DELETE FROM issues;
        DELETE FROM runs;
        """;

    /// <summary>Patches a copy of the published file into <paramref name="path"/>; false (and nothing at that path) when it does not check out.</summary>
    public static bool TryPatch(string path, FactTable table, IEnumerable<RunRecord> runs, PublishedExport published)
    {
        if (!published.Intact)
        {
            return false;
        }

        try
        {
            FileOutput.Copy(published.Path, path, published.Spare);
            if (Patch(path, table, runs, published.Facts))
            {
                return true;
            }
        }
        catch (Exception e) when (e is SqliteException or FormatException or IOException)
        {
            // Not the file its account describes (or damaged): the caller writes it whole.
        }

        File.Delete(path);
        return false;
    }

    private static bool Patch(string path, FactTable table, IEnumerable<RunRecord> runs, PublishedFacts published)
    {
        var copied = published.CopiedIn(table);
        using var connection = FactStoreWriter.Open(path);
        FactStoreReader.CheckVersion(connection);
        var counts = Counts(connection);
        if (FactStoreReader.ReadRuns(connection) is not [.., var last] || last.RunId != published.RunId
            || counts.Count != published.Documents.Count(d => d.Facts > 0)
            || published.Documents.Any(d => d.Facts > 0 && counts.GetValueOrDefault(d.Doc) != d.Facts))
        {
            return false;
        }

        var changed = table.Documents.Where(d => !copied.Contains(d.Name)).ToList();
        var facts = NotIn(copied, table.Facts, f => f.Doc).ToList();
        DbTransactions.Run(connection, transaction =>
        {
            // Published documents not copied: changed or removed (a new document has no rows to delete).
            var gone = published.Documents.Select(d => d.Doc).Where(d => !copied.Contains(d)).ToList();
            if (gone.Count > 0)
            {
                SqliteRuntime.Execute(connection, "CREATE TEMP TABLE gone (name TEXT PRIMARY KEY)", transaction);
                using (var rows = new SqliteRowInserter(connection, "temp.gone", ["name"]))
                {
                    foreach (var doc in gone)
                    {
                        rows.Text(0, doc);
                        rows.Insert();
                    }
                }

                SqliteRuntime.Execute(connection, DeleteGone, transaction);
            }

            SqliteRuntime.Execute(connection, DeleteRunRows, transaction);
            FactStoreWriter.WriteDocuments(connection, changed);
            FactStoreWriter.WriteFacts(connection, table, facts);
            FactStoreWriter.WriteOccurrences(connection, facts);
            FactStoreWriter.WriteSkipped(connection, NotIn(copied, table.Skipped, s => s.Doc));
            FindingRowsPatch.Apply(connection, table);
            FactStoreWriter.WriteIssues(connection, table.Issues);
            FactStoreWriter.WriteRuns(connection, runs);
        });
        return Rows(connection, "documents") == table.Documents.Count
            && Rows(connection, "facts") == table.Facts.Count
            && Rows(connection, "occurrences") == table.Facts.Sum(f => FactLookup.Spans(f).Count)
            && Rows(connection, "skipped") == table.Skipped.Count;
    }

    // The rows of the documents not copied, asked of the set once per run of one document's rows, not once per row
    // (660,000 skipped mentions at 100 MB).
    private static IEnumerable<T> NotIn<T>(HashSet<string> copied, IReadOnlyList<T> rows, Func<T, string> doc) =>
        DocumentRuns.RowsOf(rows, DocumentRuns.Of(rows, doc), d => !copied.Contains(d));

    private static Dictionary<string, int> Counts(SqliteConnection connection) =>
        FactStoreReader.Query(connection, "SELECT doc, COUNT(*) FROM facts GROUP BY doc", r => (Doc: r.GetString(0), Count: r.GetInt32(1)))
            .ToDictionary(c => c.Doc, c => c.Count, StringComparer.Ordinal);

    private static long Rows(SqliteConnection connection, string table) => (long)Sql.Scalar(connection, null, $"SELECT COUNT(*) FROM {table}")!;
}
