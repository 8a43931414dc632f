using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

/// <summary>
/// facts.json, facts.csv and facts.parquet are written from the run's facts.sqlite, read back one fact at a time: they
/// must be the bytes the table itself gives.
/// </summary>
public sealed class ExportsFromTheStoreTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> Tables => ["rich", "two findings", "empty"];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Each_export_from_the_store_has_the_bytes_of_the_export_from_the_table(string name)
    {
        var table = Table(name);
        var stored = Stored(table);

        FactsJsonWriter.WriteFile(folder.Sub("facts.json"), stored, SampleTables.Generator, null);
        FactsCsvWriter.WriteFile(folder.Sub("facts.csv"), stored, null);
        FactsParquetWriter.WriteFile(folder.Sub("facts.parquet"), stored);

        Assert.Equal(FactsJsonWriter.ToBytes(table, SampleTables.Generator), File.ReadAllBytes(folder.Sub("facts.json")));
        Assert.Equal(FactsCsvWriter.ToBytes(table), File.ReadAllBytes(folder.Sub("facts.csv")));
        Assert.Equal(FactsParquetWriter.ToBytes(table), File.ReadAllBytes(folder.Sub("facts.parquet")));
    }

    [Fact]
    public void A_store_is_read_anew_for_each_export()
    {
        var stored = Stored(SampleTables.Rich());

        Assert.Equal(stored.Facts.Select(f => f.Fact.Id), stored.Facts.Select(f => f.Fact.Id));
        Assert.Equal(SampleTables.Rich().Facts.Count, stored.Facts.Count());
    }

    [Fact]
    public void A_store_whose_findings_skip_a_number_is_refused()
    {
        var path = folder.Sub("facts.sqlite");
        FactStore.Write(path, SampleTables.Rich(), []);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var renumber = connection.CreateCommand();
            renumber.CommandText = "PRAGMA foreign_keys = OFF; UPDATE finding_facts SET finding_id = 2; UPDATE findings SET id = 2";
            renumber.ExecuteNonQuery();
        }

        var error = Assert.Throws<FormatException>(() => FactExport.FromStore(path).Findings.ToList());
        Assert.Contains("finding 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_store_is_an_error_naming_it()
    {
        var error = Assert.Throws<FileNotFoundException>(() => FactExport.FromStore(folder.Sub("none.sqlite")));
        Assert.Equal(folder.Sub("none.sqlite"), error.FileName);
    }

    private FactExport Stored(FactTable table)
    {
        var path = folder.Sub("facts.sqlite");
        FactStore.Write(path, table, SampleRuns.History());
        return FactExport.FromStore(path);
    }

    private static FactTable Table(string name) => name switch
    {
        "rich" => Measured(SampleTables.Rich()),
        "two findings" => TwoFindings(),
        "empty" => FactTable.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such table"),
    };

    // A count stated with its measure word, which only schema 3 keeps.
    private static FactTable Measured(FactTable table) =>
        table with { Facts = [table.Facts[0] with { Measure = "列" }, .. table.Facts.Skip(1)] };

    // A second finding, whose members are not in the facts' order.
    private static FactTable TwoFindings()
    {
        var rich = SampleTables.Rich();
        var corroborated = new CrossDocumentFinding(
            FindingKind.Corroborated, new FactKey(new MetricCode("percentage"), "=SUM(A1) 占比", null), ["c-2", "a-2"], ["c.txt", "a.txt"]);
        return rich with { Findings = [.. rich.Findings, corroborated] };
    }
}
