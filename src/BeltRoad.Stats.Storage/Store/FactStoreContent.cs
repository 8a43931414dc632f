using System.Data.Common;
using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A run's new content copied into a SQLite run store from the run's own facts.sqlite (offered as soon as its facts and
/// findings are in, <see cref="FactStoreSource"/>), attached as
/// <see cref="Schema"/>: the fact and member rows the run already wrote there go from one file to the other inside
/// SQLite (INSERT … SELECT), with no value bound from managed code, which was most of what storing them cost. Only
/// the keys are bound: one row per new fact set (its document) and per new finding (its number in facts.sqlite). Rows
/// go in key order, as <see cref="PublishedRunRows"/> writes them (keys are hex, fact ids ASCII: SQLite's byte order
/// is the ordinal order). A facts.sqlite that does not hold what the content says fails loudly; the transaction
/// then rolls back and the content is written from the table instead (<see cref="IRunStore.StoreContent(PublishedContent, string)"/>).
/// </summary>
internal static class FactStoreContent
{
    public const string Schema = "facts_file";

    /// <summary>The facts of the new fact sets <paramref name="sets"/> (indexes into <paramref name="content"/>), from the facts.sqlite table <c>facts</c>.</summary>
    public static void CopySetFacts(SqliteConnection connection, DbTransaction transaction, PublishedContent content, List<int> sets, FactStoreRows rows)
    {
        var columns = $"INSERT INTO main.set_facts (fact_set, {Quoted(FactColumns.Names, "")}) SELECT n.fact_set, {Quoted(FactColumns.Names, "f.")} ";
        int facts;
        if (rows.InTableOrder)
        {
            // Each run of a document's facts in the table by its rowids (1, 2, … in the table's order): the file may
            // have no index on doc yet (FactStoreWriter builds them after offering it). A row of another document in
            // a range is left out, and so fails the count.
            var runs = DocumentRuns.Of(content.Table.Facts).ToLookup(r => r.Doc, StringComparer.Ordinal);
            var keys = new KeysTable("new_runs", ["fact_set", "first", "last", "doc"],
                "fact_set TEXT NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (fact_set, first)");
            facts = keys.Copy(connection, transaction,
                sets.SelectMany(i => runs[content.Documents[i][0].Doc].Select(r => new object[] { content.SetKeys[i], r.First + 1L, (long)r.First + r.Count, r.Doc })),
                columns + $"FROM temp.new_runs n JOIN {Schema}.facts f ON f.rowid BETWEEN n.first AND n.last AND f.doc = n.doc ORDER BY n.fact_set, f.id");
        }
        else
        {
            var keys = new KeysTable("new_sets", ["fact_set", "doc"], "fact_set TEXT PRIMARY KEY, doc TEXT NOT NULL");
            facts = keys.Copy(connection, transaction, sets.Select(i => new object[] { content.SetKeys[i], content.Documents[i][0].Doc }),
                columns + $"FROM temp.new_sets n JOIN {Schema}.facts f ON f.doc = n.doc ORDER BY n.fact_set, f.id");
        }

        Expect(facts, sets.Sum(i => (long)content.Documents[i].Count), "facts of its new fact sets");
    }

    /// <summary>The members of the new findings <paramref name="findings"/>, from the facts.sqlite table <c>finding_facts</c> (findings numbered from 1 in the table's order).</summary>
    public static void CopyFindingMembers(SqliteConnection connection, DbTransaction transaction, PublishedContent content, List<int> findings)
    {
        var keys = new KeysTable("new_findings", ["finding_set", "id"], "finding_set TEXT PRIMARY KEY, id INTEGER NOT NULL");
        var members = keys.Copy(connection, transaction, findings.Select(i => new object[] { content.FindingKeys[i], i + 1L }),
            $"INSERT INTO main.finding_set_facts (finding_set, {Quoted(FindingColumns.MemberNames, "")}) SELECT n.finding_set, {Quoted(FindingColumns.MemberNames, "m.")} " +
            $"FROM temp.new_findings n JOIN {Schema}.finding_facts m ON m.finding_id = n.id ORDER BY n.finding_set, m.fact_id");
        Expect(members, findings.Sum(i => (long)content.FindingMembers[i].Count), "members of its new findings");
    }

    /// <summary>A temporary table of content keys, each with what finds its rows in facts.sqlite; iterated in key order.</summary>
    private sealed record KeysTable(string Name, string[] Columns, string Definition)
    {
        /// <summary>Fills the table, runs <paramref name="copy"/> over it, drops it; returns the rows copied.</summary>
        public int Copy(SqliteConnection connection, DbTransaction transaction, IEnumerable<object[]> keys, string copy)
        {
            // Inside the transaction: a failure rolls the table back with the rest.
            Sql.Execute(connection, transaction, $"CREATE TEMP TABLE {Name} ({Definition}) WITHOUT ROWID");
            using (var insert = new SqliteRowInserter(connection, "temp." + Name, Columns))
            {
                foreach (var key in keys)
                {
                    for (var i = 0; i < key.Length; i++)
                    {
                        insert.Value(i, key[i]);
                    }

                    insert.Insert();
                }
            }

            var copied = Sql.Execute(connection, transaction, copy);
            Sql.Execute(connection, transaction, $"DROP TABLE temp.{Name}");
            return copied;
        }
    }

    private static void Expect(long copied, long expected, string what)
    {
        if (copied != expected)
        {
            throw new InvalidOperationException(
                $"The run's facts.sqlite gave {copied} rows for the {what}, where the fact table has {expected}; the content is written from the table instead.");
        }
    }

    private static string Quoted(IEnumerable<string> names, string prefix) => string.Join(", ", names.Select(n => $"{prefix}\"{n}\""));
}

/// <summary>The run's facts.sqlite as attached for a copy: whether its facts' rowids are 1, 2, … in the fact table's order (<see cref="FactStoreSource.RowsInTableOrder"/>).</summary>
internal sealed record FactStoreRows(bool InTableOrder);
