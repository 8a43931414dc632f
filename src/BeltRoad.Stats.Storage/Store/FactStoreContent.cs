using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A run's new content copied into a SQLite run store from the run's own facts.sqlite, attached as
/// <see cref="Schema"/>: the fact and member rows the run already wrote there go from one file to the other inside
/// SQLite (INSERT … SELECT), with no value bound from managed code, which was most of what storing them cost. Only
/// the keys are bound: one row per new fact set (its document) and per new finding (its number in facts.sqlite). Rows
/// go in key order, as <see cref="PublishedRunRows"/> writes them (keys are hex, fact ids ASCII: SQLite's byte order
/// is the ordinal order), a set's facts in the table's order: their rowids' (a document's facts are written in the
/// table's order: the file is written whole), which facts.sqlite's index on doc gives without sorting. A facts.sqlite that does not hold what the content says fails loudly; the transaction
/// then rolls back and the content is written from the table instead (<see cref="IRunStore.StoreContent(PublishedContent, string)"/>).
/// </summary>
internal static class FactStoreContent
{
    public const string Schema = "facts_file";

    /// <summary>The facts of the new fact sets <paramref name="sets"/> (indexes into <paramref name="content"/>), from the facts.sqlite table <c>facts</c>.</summary>
    public static void CopySetFacts(SqliteConnection connection, DbTransaction transaction, PublishedContent content, List<int> sets)
    {
        var keys = new KeysTable("new_sets", "fact_set", "doc", "TEXT");
        var facts = keys.Copy(connection, transaction, sets.Select(i => (content.SetKeys[i], (object)content.SetDocs[i])),
            $"INSERT INTO main.set_facts (fact_set, {Quoted(FactColumns.Names, "")}) SELECT n.fact_set, {Quoted(FactColumns.Names, "f.")} " +
            $"FROM temp.new_sets n JOIN {Schema}.facts f ON f.doc = n.doc ORDER BY n.fact_set, f.rowid");
        Expect(facts, sets.Sum(i => (long)content.SetFacts[i]), "facts of its new fact sets");
    }

    /// <summary>The members of the new findings <paramref name="findings"/>, from the facts.sqlite table <c>finding_facts</c> (findings numbered from 1 in the table's order).</summary>
    public static void CopyFindingMembers(SqliteConnection connection, DbTransaction transaction, PublishedContent content, List<int> findings)
    {
        var keys = new KeysTable("new_findings", "finding_set", "id", "INTEGER");
        var members = keys.Copy(connection, transaction, findings.Select(i => (content.FindingKeys[i], (object)(i + 1L))),
            $"INSERT INTO main.finding_set_facts (finding_set, {Quoted(FindingColumns.MemberNames, "")}) SELECT n.finding_set, {Quoted(FindingColumns.MemberNames, "m.")} " +
            $"FROM temp.new_findings n JOIN {Schema}.finding_facts m ON m.finding_id = n.id ORDER BY n.finding_set, m.fact_id");
        Expect(members, findings.Sum(i => (long)content.FindingMemberCounts[i]), "members of its new findings");
    }

    /// <summary>A temporary table of content keys, each with what finds its rows in facts.sqlite; iterated in key order.</summary>
    private sealed record KeysTable(string Name, string Key, string Source, string SourceType)
    {
        /// <summary>Fills the table, runs <paramref name="copy"/> over it, drops it; returns the rows copied.</summary>
        public int Copy(SqliteConnection connection, DbTransaction transaction, IEnumerable<(string Key, object Source)> keys, string copy)
        {
            // Inside the transaction: a failure rolls the table back with the rest.
            Sql.Execute(connection, transaction, $"CREATE TEMP TABLE {Name} ({Key} TEXT PRIMARY KEY, {Source} {SourceType} NOT NULL) WITHOUT ROWID");
            using (var insert = new SqliteRowInserter(connection, "temp." + Name, [Key, Source]))
            {
                foreach (var (key, source) in keys)
                {
                    insert.Text(0, key);
                    insert.Value(1, source);
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
