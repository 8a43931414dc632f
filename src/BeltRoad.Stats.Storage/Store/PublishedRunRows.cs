using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A published run's rows in the store (schema 4), costing what changed: its shards of documents, the fact set of each
/// document and its findings. A fact set (one document's facts as one program and configuration gave them), a
/// document version, a shard of versions (<see cref="DocumentShards"/>) and a finding are stored once, under their key
/// (<see cref="PublishedContent"/>); a run that gives the same rows again only names them. The views
/// <c>documents</c>, <c>run_fact_sets</c>, <c>facts</c>, <c>findings</c> and <c>finding_facts</c> give every run its
/// rows back in the v2 shape. Each table is written whole before the next (shards, sets, their rows, versions, shard
/// members, then the run's lists): a PostgreSQL COPY holds the connection, and each row's references are stored before it.
/// </summary>
internal static class PublishedRunRows
{
    /// <summary>The run's lists (its shards and findings), after the content they name (stored already or now).</summary>
    public static void Write(DbConnection connection, DbTransaction transaction, string runId, PublishedContent content)
    {
        foreach (var listed in new[] { "run_findings", "run_shards" })
        {
            Sql.Execute(connection, transaction, $"DELETE FROM {listed} WHERE run_id = @p0", runId);
        }

        WriteContent(connection, transaction, content);
        Insert(connection, transaction, "run_shards", ["run_id", "shard"], content.Shards.All,
            (insert, shard) => insert.Insert(runId, shard.Key));
        Insert(connection, transaction, "run_findings", ["run_id", "id", "finding_set"], Enumerable.Range(0, content.FindingKeys.Length),
            (insert, i) => insert.Insert(runId, i + 1L, content.FindingKeys[i])); // numbered from 1 in the table's order, as in facts.sqlite
    }

    /// <summary>
    /// The shards, fact sets, document versions and findings the store does not hold yet, named by no run until
    /// <see cref="Write"/>. A shard is written in one transaction with its versions and their fact sets, so only the
    /// documents of new shards are looked up at all: a run that changed one document asks for a few dozen keys, not
    /// one per document. Written in key order (shards, sets, versions and findings by key, each finding's members by
    /// fact id), not the table's: the keys are hashes, so the table's order puts each row at a random place in the
    /// primary key's index. A set's facts go in the table's order: they land among the set's own few entries at the
    /// index's right edge whatever their order, and a fresh run's copy from facts.sqlite then needs no sort (its index
    /// on doc gives them in that order).
    /// </summary>
    /// <param name="factStoreAttached">
    /// The run's facts.sqlite is attached to this SQLite connection as <see cref="FactStoreContent.Schema"/>: the new
    /// sets' facts and findings' members are copied from there instead of bound row by row from the table.
    /// </param>
    public static void WriteContent(DbConnection connection, DbTransaction transaction, PublishedContent content, bool factStoreAttached = false)
    {
        var shards = content.Shards;
        var newShards = Absent(connection, transaction, "document_shards", ["shard", "documents"],
            KeyOrder(Enumerable.Range(0, shards.All.Count), i => shards.All[i].Key),
            i => [shards.All[i].Key, (long)shards.All[i].Documents.Length]);
        var listed = newShards.SelectMany(i => shards.All[i].Documents).ToList();

        var sets = Absent(connection, transaction, "fact_sets", ["fact_set", "doc", "facts"],
            KeyOrder(listed.Select(d => content.FactListOf[d]).Where(i => i >= 0), i => content.SetKeys[i]),
            i => [content.SetKeys[i], content.SetDocs[i], (long)content.SetFacts[i]]);
        var copy = factStoreAttached ? (SqliteConnection)connection : null;
        if (copy is not null)
        {
            FactStoreContent.CopySetFacts(copy, transaction, content, sets);
        }
        else
        {
            Insert(connection, transaction, "set_facts", ["fact_set", .. FactColumns.Names], sets,
                (insert, i) => content.Documents[i].ForEach(fact => insert.Insert(content.SetKeys[i], FactColumns.All, content.Row(i, fact))));
        }

        var documents = content.TableDocuments;
        Absent(connection, transaction, "document_versions", ["doc_version", "fact_set", .. DocumentColumns.Names],
            KeyOrder(listed, d => shards.VersionKeys[d]),
            d => [shards.VersionKeys[d], content.FactListOf[d] is var set and >= 0 ? content.SetKeys[set] : null, .. DocumentColumns.All.Select(c => c.Value(documents[d]))]);
        Insert(connection, transaction, "shard_documents", ["shard", "doc_version"], newShards,
            (insert, i) => KeyOrder(shards.All[i].Documents, d => shards.VersionKeys[d]).ForEach(d => insert.Insert(shards.All[i].Key, shards.VersionKeys[d])));

        var findings = content.Findings;
        var added = Absent(connection, transaction, "finding_sets", ["finding_set", .. FindingColumns.Names],
            KeyOrder(Enumerable.Range(0, content.FindingKeys.Length), i => content.FindingKeys[i]),
            i => [content.FindingKeys[i], .. FindingColumns.All.Select(c => c.Value(findings[i]))]);
        if (copy is not null)
        {
            FactStoreContent.CopyFindingMembers(copy, transaction, content, added);
        }
        else
        {
            Insert(connection, transaction, "finding_set_facts", ["finding_set", .. FindingColumns.MemberNames], added,
                (insert, i) => KeyOrder(content.FindingMembers[i], m => m.FactId).ForEach(member => insert.Insert(content.FindingKeys[i], FindingColumns.Members, member)));
        }
    }

    /// <summary>
    /// <paramref name="items"/> in the order of their keys (ordinal: hex keys and ASCII fact ids sort the same in UTF-16
    /// and in SQLite's UTF-8 bytes).
    /// </summary>
    private static List<T> KeyOrder<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var order = new List<T>(items);
        order.Sort((a, b) => string.CompareOrdinal(key(a), key(b)));
        return order;
    }

    /// <summary>Inserts each row keyed by its first value unless the store holds it; returns the indexes of those inserted.</summary>
    private static List<int> Absent(DbConnection connection, DbTransaction transaction, string table, string[] columns, IEnumerable<int> rows, Func<int, object?[]> row) =>
        KeyedRows.InsertAbsent(connection, transaction, table, columns, rows.Select(i => (i, row(i))));

    private static void Insert<T>(DbConnection connection, DbTransaction transaction, string table, string[] columns, IEnumerable<T> items, Action<RowInserter, T> write)
    {
        using var insert = RowInserter.Open(connection, transaction, table, columns);
        foreach (var item in items)
        {
            write(insert, item);
        }

        insert.Complete();
    }
}
