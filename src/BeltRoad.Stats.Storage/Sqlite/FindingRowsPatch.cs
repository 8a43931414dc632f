using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Brings a published facts.sqlite's findings to a new table's: findings are numbered in the table's order, so a run
/// whose new documents join findings or leave them keeps most numbers and members (at 100 MB, 120,000 members of 174
/// findings); only the finding rows and members that differ are deleted and inserted. The rows are then a whole write's;
/// a member added comes after the others in rowid order, so <see cref="FactStoreReader"/> orders members by their facts.
/// Each finding's members are first compared as one text (a line per fact id, in id order), so a run that changes no
/// finding reads one row per finding, not 120,000; a finding whose text differs is compared member by member.
/// </summary>
internal static class FindingRowsPatch
{
    private const string MemberLists = """
        SELECT finding_id, group_concat(fact_id, char(10))
        FROM (SELECT finding_id, fact_id FROM finding_facts ORDER BY finding_id, fact_id) GROUP BY finding_id
        """;

    public static void Apply(SqliteConnection connection, FactTable table)
    {
        var rows = FactStoreReader.Query(connection, $"SELECT id, {string.Join(", ", FindingColumns.Names)} FROM findings", r => (Id: r.GetInt64(0), Values: Values(r, 1, FindingColumns.All.Count)))
            .ToDictionary(r => r.Id, r => r.Values);
        var lists = FactStoreReader.Query(connection, MemberLists, r => (Id: r.GetInt64(0), Facts: r.GetString(1))).ToDictionary(m => m.Id, m => m.Facts);
        // Every member of every finding looked up (once per table, shared with the other writers): a member not in the
        // table fails, as in a whole write.
        var members = FactTableIndex.Of(table).FindingMembers;
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

            var list = lists.Remove(id, out var text) ? text : null;
            if (list == string.Join('\n', finding.FactIds.Order(StringComparer.Ordinal)))
            {
                continue;
            }

            var left = list is null ? [] : Facts(readMembers, id);
            foreach (var member in members[i].Where(m => !left.Remove(m.FactId)))
            {
                insertMember.Insert(id, FindingColumns.Members, member);
            }

            left.ToList().ForEach(fact => Run(deleteMember, id, fact));
        }

        // Findings numbered past the new table's last.
        rows.Keys.ToList().ForEach(id => Run(delete, id));
        lists.Keys.ToList().ForEach(id => Run(deleteMembers, id));
    }

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
