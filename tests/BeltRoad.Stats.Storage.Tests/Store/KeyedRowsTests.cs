using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BeltRoad.Stats.Storage.Tests.Store;

/// <summary>Content rows inserted unless their key is stored, and which were: the same answer on both backends, whatever the batching.</summary>
public sealed class KeyedRowsTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Rows_whose_key_is_stored_or_came_earlier_are_kept_out_and_the_others_reported_in_order() =>
        KeepsOutStoredKeys(new SqliteConnection($"Data Source={_temp.Sub("keyed.sqlite")};Pooling=False"));

    [PostgresFact]
    public void Rows_whose_key_is_stored_or_came_earlier_are_kept_out_and_the_others_reported_in_order_on_postgres() =>
        KeepsOutStoredKeys(new NpgsqlConnection(postgres.NewDatabase()));

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// Two and a half batches of rows: every third key stored before, every eighth row repeating the key of the row before
    /// it (across a batch's edge too), a null in an integer column. Inserted: the others, each once, in the order added.
    /// </summary>
    private static void KeepsOutStoredKeys(DbConnection connection)
    {
        using (connection)
        {
            connection.Open();
            Sql.Execute(connection, null, "CREATE TABLE content (key TEXT PRIMARY KEY, n BIGINT, label TEXT NOT NULL)");
            var count = (KeyedRows.BatchSize * 5) / 2;
            string Key(int i) => Repeats(i) ? Key(i - 1) : $"k{i:D4}";
            static bool Repeats(int i) => i > 0 && i % 8 == 0; // 256 and 512 too: the first row of a batch repeats the last of the one before
            var stored = Enumerable.Range(0, count).Where(i => i % 3 == 0 && !Repeats(i)).ToHashSet();
            foreach (var i in stored)
            {
                Sql.Execute(connection, null, "INSERT INTO content (key, n, label) VALUES (@p0, @p1, @p2)", Key(i), -1L, "before");
            }

            List<int> inserted = [];
            DbTransactions.Run(connection, transaction => inserted = KeyedRows.InsertAbsent(connection, transaction, "content", ["key", "n", "label"],
                Enumerable.Range(0, count).Select(i => (i, new object?[] { Key(i), i % 7 == 0 ? null : (long)i, "run" }))));

            var expected = Enumerable.Range(0, count).Where(i => !Repeats(i) && !stored.Contains(i)).ToList();
            Assert.Equal(expected, inserted);
            Assert.Equal(stored.Count + expected.Count, Convert.ToInt32(Sql.Scalar(connection, null, "SELECT COUNT(*) FROM content"), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(stored.Count, Convert.ToInt32(Sql.Scalar(connection, null, "SELECT COUNT(*) FROM content WHERE label = 'before'"), System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
