using System.Text;
using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Brings a published facts.sqlite's findings to a new table's: findings are numbered in the table's order, so a run
/// whose new documents join findings or leave them keeps most numbers and members (at 100 MB, 120,000 members of 174
/// findings); only the finding rows and members that differ are deleted and inserted. The rows are then a whole write's;
/// a member added comes after the others in rowid order, so <see cref="FactStoreReader"/> orders members by their facts.
/// The members are first read in one pass, each checked against the finding the new table puts its fact in: a finding
/// keeps its members when every row of it is one of them and it has as many rows as members (a finding has each fact
/// once, its key says so). Only a finding that fails that is compared member by member. (Comparing each finding's
/// members as one sorted text instead sorted 120,000 ids twice and made a large string per finding, ~0.2 s a run.)
/// </summary>
internal static class FindingRowsPatch
{
    public static void Apply(SqliteConnection connection, FactTable table)
    {
        var rows = FactStoreReader.Query(connection, $"SELECT id, {string.Join(", ", FindingColumns.Names)} FROM findings", r => (Id: r.GetInt64(0), Values: Values(r, 1, FindingColumns.All.Count)))
            .ToDictionary(r => r.Id, r => r.Values);
        var kept = KeptMembers(connection, table, out var past);
        // Every member of every finding looked up (once per table, shared with the other writers): a member not in the
        // table fails, as in a whole write.
        var members = FindingColumns.MembersOf(table);
        using var insert = new SqliteRowInserter(connection, "findings", ["id", .. FindingColumns.Names]);
        using var insertMember = new SqliteRowInserter(connection, "finding_facts", ["finding_id", .. FindingColumns.MemberNames]);
        using var delete = Command(connection, "DELETE FROM findings WHERE id = $id");
        using var deleteMember = Command(connection, "DELETE FROM finding_facts WHERE finding_id = $id AND fact_id = $fact");
        using var deleteMembers = Command(connection, "DELETE FROM finding_facts WHERE finding_id = $id");
        using var readMembers = Command(connection, "SELECT fact_id FROM finding_facts WHERE finding_id = $id");
        for (var i = 0; i < table.Findings.Count; i++)
        {
            var id = i + 1L;
            var finding = table.Findings[i];
            if (!rows.Remove(id, out var was) || !was.SequenceEqual(FindingColumns.All.Select(c => c.Value(finding))))
            {
                Run(delete, id);
                insert.Insert(id, FindingColumns.All, finding);
            }

            if (kept[i])
            {
                continue;
            }

            var left = Facts(readMembers, id);
            foreach (var member in members[i].Where(m => !left.Remove(m.FactId)))
            {
                insertMember.Insert(id, FindingColumns.Members, member);
            }

            left.ToList().ForEach(fact => Run(deleteMember, id, fact));
        }

        // Findings numbered past the new table's last.
        rows.Keys.ToList().ForEach(id => Run(delete, id));
        past.ForEach(id => Run(deleteMembers, id));
    }

    /// <summary>
    /// Per finding of <paramref name="table"/>, whether the file's members of its number are exactly its facts; and the
    /// numbers past the table's last that have members.
    /// </summary>
    private static bool[] KeptMembers(SqliteConnection connection, FactTable table, out List<long> past)
    {
        var membership = FindingMembership.Of(table);
        var rows = new int[table.Findings.Count];
        var differs = new bool[table.Findings.Count];
        var beyond = new SortedSet<long>();
        // Stepped on the native handle, each id looked up by its characters on the stack: through a data reader every
        // row made a string (120,000 at 100 MB; the patch's allocations 31.4 -> 21.8 MB in SplicedStoreBenchmarks).
        Span<char> chars = stackalloc char[IdChars];
        using var statement = SqliteNative.Prepare(connection, "SELECT finding_id, fact_id FROM finding_facts", out var db);
        int rc;
        while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
        {
            var id = raw.sqlite3_column_int64(statement, 0);
            var utf8 = raw.sqlite3_column_blob(statement, 1); // a text value's UTF-8 bytes
            if (id < 1 || id > table.Findings.Count)
            {
                beyond.Add(id);
            }
            else if ((utf8.Length <= IdChars ? membership.FindingOf(chars[..Encoding.UTF8.GetChars(utf8, chars)]) : membership.FindingOf(Encoding.UTF8.GetString(utf8))) == id)
            {
                rows[id - 1]++;
            }
            else
            {
                differs[id - 1] = true;
            }
        }

        SqliteNative.Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc, db);
        past = [.. beyond];
        return [.. Enumerable.Range(0, rows.Length).Select(i => !differs[i] && rows[i] == table.Findings[i].FactIds.Count)];
    }

    // A fact id's characters decoded on the stack (ids are 12 hex digits; a longer one is looked up as a string).
    private const int IdChars = 64;

    private static HashSet<string> Facts(SqliteCommand readMembers, long id)
    {
        readMembers.Parameters["$id"].Value = id;
        using var reader = readMembers.ExecuteReader();
        var facts = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            facts.Add(reader.GetString(0));
        }

        return facts;
    }

    private static object?[] Values(SqliteDataReader reader, int from, int count) =>
        [.. Enumerable.Range(from, count).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))];

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$id", SqliteType.Integer);
        if (sql.Contains("$fact", StringComparison.Ordinal))
        {
            command.Parameters.Add("$fact", SqliteType.Text);
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, long id, string? fact = null)
    {
        command.Parameters["$id"].Value = id;
        if (fact is not null)
        {
            command.Parameters["$fact"].Value = fact;
        }

        command.ExecuteNonQuery();
    }
}
