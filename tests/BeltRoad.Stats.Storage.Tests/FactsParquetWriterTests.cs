using System.Globalization;
using BeltRoad.Stats.Domain;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage.Tests;

/// <summary>facts.parquet as an analyst's tool reads it (DuckDB's read_parquet), against facts.sqlite.</summary>
public sealed class FactsParquetWriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_back_by_duckdb_the_parquet_file_holds_the_rows_of_facts_sqlite_typed()
    {
        var table = Meaningful(SampleTables.Rich());
        FactStore.Write(folder.Sub("facts.sqlite"), table, SampleRuns.History());
        FactsParquetWriter.WriteFile(folder.Sub("facts.parquet"), table);

        var parquet = Query($"SELECT * FROM read_parquet('{folder.Sub("facts.parquet")}') ORDER BY id");
        var sqlite = Sqlite(folder.Sub("facts.sqlite"), "SELECT * FROM facts ORDER BY id");

        Assert.Equal(table.Facts.Count, parquet.Count);
        Assert.Equal(sqlite.Select(r => r["id"]), parquet.Select(r => r["id"]));
        foreach (var (fromParquet, fromSqlite) in parquet.Zip(sqlite))
        {
            foreach (var text in new[] { "doc", "metric", "entity", "indicator", "nature", "aggregation", "subject", "unit", "qualifier", "as_of", "as_of_basis", "section", "quote" })
            {
                Assert.Equal(fromSqlite[text], fromParquet[text]);
            }

            Assert.Equal(Exact(fromSqlite["value"]), fromParquet["value"]);
            Assert.Equal(Exact(fromSqlite["value_high"]), fromParquet["value_high"]);
            Assert.Equal((fromSqlite["start"], fromSqlite["end"], fromSqlite["page"]), (Long(fromParquet["start"]), Long(fromParquet["end"]), Long(fromParquet["page"])));
            Assert.Equal(Bounds(fromSqlite["as_of"] as string), (fromParquet["as_of_start"], fromParquet["as_of_end"]));
        }

        Assert.Equal(3, parquet.Single(r => (string)r["id"]! == "c-2")["page"]);
        Assert.Equal(2, parquet.Single(r => (string)r["id"]! == "a-1")["occurrences"]);
    }

    [Fact]
    public void Its_columns_are_typed_for_analysis()
    {
        FactsParquetWriter.WriteFile(folder.Sub("facts.parquet"), SampleTables.Rich());

        var types = Query($"DESCRIBE SELECT * FROM read_parquet('{folder.Sub("facts.parquet")}')")
            .ToDictionary(r => (string)r["column_name"]!, r => (string)r["column_type"]!);

        Assert.Equal(FactsParquetWriter.Header, types.Keys);
        Assert.Equal(("DECIMAL(38,9)", "DECIMAL(38,9)"), (types["value"], types["value_high"]));
        Assert.Equal(("DATE", "DATE", "VARCHAR"), (types["as_of_start"], types["as_of_end"], types["as_of"]));
        Assert.Equal(("INTEGER", "INTEGER", "INTEGER"), (types["start"], types["end"], types["page"]));
        Assert.Equal("VARCHAR", types["entity"]);
    }

    [Fact]
    public void A_repeating_fraction_is_rounded_at_the_ninth_decimal_and_no_figure_overflows()
    {
        var table = new FactTable(
            [SampleTables.Doc("a.txt")],
            [SampleTables.Fact("a-1", "a.txt", 1m / 3, metric: "percentage", unit: Unit.Percent), SampleTables.Fact("a-2", "a.txt", decimal.MaxValue)],
            [], [], []);
        FactsParquetWriter.WriteFile(folder.Sub("facts.parquet"), table);

        var values = Query($"SELECT value FROM read_parquet('{folder.Sub("facts.parquet")}') ORDER BY id").Select(r => (decimal)r["value"]!);

        Assert.Equal([0.333333333m, decimal.MaxValue], values);
    }

    [Fact]
    public void A_large_table_is_written_in_row_groups_of_bounded_size()
    {
        var count = (2 * FactsParquetWriter.RowGroupRows) + 7;
        var facts = Enumerable.Range(0, count).Select(i => SampleTables.Fact($"a-{i:D6}", "a.txt", i + 0.5m)).ToList();
        FactsParquetWriter.WriteFile(folder.Sub("facts.parquet"), new FactTable([SampleTables.Doc("a.txt")], facts, [], [], []));

        var groups = Query($"SELECT row_group_id, any_value(row_group_num_rows) AS n FROM parquet_metadata('{folder.Sub("facts.parquet")}') GROUP BY row_group_id ORDER BY row_group_id");
        var total = Query($"SELECT count(*) AS n, sum(value) AS s, count(DISTINCT id) AS ids, max(id) AS last FROM read_parquet('{folder.Sub("facts.parquet")}')").Single();

        Assert.Equal([FactsParquetWriter.RowGroupRows, FactsParquetWriter.RowGroupRows, 7], groups.Select(g => Long(g["n"])));
        Assert.Equal((long)count, Long(total["n"]));
        Assert.Equal(facts.Sum(f => f.Value), Convert.ToDecimal(total["s"], CultureInfo.InvariantCulture));
        // Each group's own values, not what an earlier group left in a reused column array.
        Assert.Equal((long)count, Long(total["ids"]));
        Assert.Equal(facts[^1].Id, total["last"]);
    }

    [Fact]
    public void The_same_table_gives_the_same_bytes_and_an_empty_one_a_readable_file()
    {
        Assert.Equal(FactsParquetWriter.ToBytes(SampleTables.Rich()), FactsParquetWriter.ToBytes(SampleTables.Rich()));
        FactsParquetWriter.WriteFile(folder.Sub("empty.parquet"), new FactTable([], [], [], [], []));

        Assert.Equal(0L, Long(Query($"SELECT count(*) AS n FROM read_parquet('{folder.Sub("empty.parquet")}')").Single()["n"]));
    }

    // The meaning fields filled, so their columns are compared on values that differ between facts.
    private static FactTable Meaningful(FactTable table) => table with
    {
        Facts = [.. table.Facts.Select((f, i) => f with
        {
            Entity = i % 2 == 0 ? "中欧班列" : "中国",
            Indicator = "开行列数" + i,
            Nature = i % 3 == 0 ? Nature.Target : Nature.Actual,
            AsOfBasis = f.AsOf is null ? null : AsOfBasis.Sentence,
        })],
    };

    private static decimal? Exact(object? text) => text is string s ? decimal.Round(decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture), 9) : null;

    private static long? Long(object? value) => value is null ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static (object?, object?) Bounds(string? asOf)
    {
        if (!Period.TryParse(asOf, out var period) || period is null)
        {
            return (null, null);
        }

        var last = period.Latest;
        var end = last.Precision switch
        {
            DatePrecision.Day => last.FirstDay,
            DatePrecision.Month => last.FirstDay.AddMonths(1).AddDays(-1),
            _ => new DateOnly(last.Year, 12, 31),
        };
        return (period.From.FirstDay, end);
    }

    private static List<Dictionary<string, object?>> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Rows(command.ExecuteReader());
    }

    private static List<Dictionary<string, object?>> Sqlite(string path, string sql)
    {
        using var connection = SqliteRuntime.Open(path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Rows(command.ExecuteReader());
    }

    private static List<Dictionary<string, object?>> Rows(System.Data.Common.DbDataReader reader)
    {
        using (reader)
        {
            var rows = new List<Dictionary<string, object?>>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
            }

            return rows;
        }
    }
}
