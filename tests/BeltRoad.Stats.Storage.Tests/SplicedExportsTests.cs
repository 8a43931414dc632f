using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage.Tests;

/// <summary>
/// The exports of a run that copies its unchanged documents' facts from the published files are the exports a whole
/// write gives: facts.json and facts.csv byte for byte, facts.sqlite row for row; and when the published files are not
/// what their account says, the run writes them whole instead, never a wrong file.
/// </summary>
public class SplicedExportsTests
{
    public static TheoryData<string> Cases => [.. SplicedExportTables.All.Select(c => c.Name)];

    public static TheoryData<string> Damages => [.. Damage.All.Keys];

    private static readonly RunRecord[] Runs = SampleRuns.History();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Facts_json_copied_from_the_published_one_is_the_whole_write(string name)
    {
        using var run = new SplicedRun(SplicedExportTables.All.Single(c => c.Name == name));

        Assert.True(FactsJsonWriter.WriteFile(run.Sub("facts.json"), run.After, SampleTables.Generator, run.Published("facts.json")));
        Assert.Equal(FactsJsonWriter.ToBytes(run.After, SampleTables.Generator), File.ReadAllBytes(run.Sub("facts.json")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Facts_csv_copied_from_the_published_one_is_the_whole_write(string name)
    {
        using var run = new SplicedRun(SplicedExportTables.All.Single(c => c.Name == name));

        Assert.True(FactsCsvWriter.WriteFile(run.Sub("facts.csv"), run.After, run.Published("facts.csv")));
        Assert.Equal(FactsCsvWriter.ToBytes(run.After), File.ReadAllBytes(run.Sub("facts.csv")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Facts_sqlite_patched_from_the_published_one_holds_the_whole_writes_rows(string name)
    {
        using var run = new SplicedRun(SplicedExportTables.All.Single(c => c.Name == name));
        FactStore.Write(run.Sub("whole.sqlite"), run.After, Runs);

        Assert.True(FactStore.Write(run.Sub("facts.sqlite"), run.After, Runs, run.Published("facts.sqlite")));

        Assert.Equal(Rows(run.Sub("whole.sqlite")), Rows(run.Sub("facts.sqlite")));
        Assert.Equal(TableShape.Facts(run.After), TableShape.Facts(FactStore.ReadFacts(run.Sub("facts.sqlite"))));
        Assert.Equal(Shape(FactStore.ReadFacts(run.Sub("whole.sqlite"))), Shape(FactStore.ReadFacts(run.Sub("facts.sqlite"))));
    }

    [Fact]
    public void Exports_written_over_spares_longer_than_them_are_the_whole_writes()
    {
        using var run = new SplicedRun(SplicedExportTables.All.Single(c => c.Name == "one document added"));
        PublishedExport OverSpare(string file)
        {
            var spare = run.Sub("spare-" + file);
            File.WriteAllBytes(spare, [.. File.ReadAllBytes(run.Published(file).Path), .. new byte[50_000]]);
            return run.Published(file) with { Spare = spare };
        }

        Assert.True(FactsJsonWriter.WriteFile(run.Sub("facts.json"), run.After, SampleTables.Generator, OverSpare("facts.json")));
        Assert.True(FactsCsvWriter.WriteFile(run.Sub("facts.csv"), run.After, OverSpare("facts.csv")));
        Assert.True(FactStore.Write(run.Sub("facts.sqlite"), run.After, Runs, OverSpare("facts.sqlite")));

        Assert.Equal(FactsJsonWriter.ToBytes(run.After, SampleTables.Generator), File.ReadAllBytes(run.Sub("facts.json")));
        Assert.Equal(FactsCsvWriter.ToBytes(run.After), File.ReadAllBytes(run.Sub("facts.csv")));
        FactStore.Write(run.Sub("whole.sqlite"), run.After, Runs);
        Assert.Equal(Rows(run.Sub("whole.sqlite")), Rows(run.Sub("facts.sqlite")));
        Assert.Empty(Directory.GetFiles(run.Sub("."), "spare-*"));
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_published_file_not_as_its_account_says_is_written_whole_instead(string damage)
    {
        using var run = new SplicedRun(SplicedExportTables.All.Single(c => c.Name == "one document added"));
        Damage.All[damage](run);

        Assert.False(FactsJsonWriter.WriteFile(run.Sub("facts.json"), run.After, SampleTables.Generator, run.Published("facts.json")));
        Assert.False(FactsCsvWriter.WriteFile(run.Sub("facts.csv"), run.After, run.Published("facts.csv")));
        Assert.False(FactStore.Write(run.Sub("facts.sqlite"), run.After, Runs, run.Published("facts.sqlite")));

        Assert.Equal(FactsJsonWriter.ToBytes(run.After, SampleTables.Generator), File.ReadAllBytes(run.Sub("facts.json")));
        Assert.Equal(FactsCsvWriter.ToBytes(run.After), File.ReadAllBytes(run.Sub("facts.csv")));
        FactStore.Write(run.Sub("whole.sqlite"), run.After, Runs);
        Assert.Equal(Rows(run.Sub("whole.sqlite")), Rows(run.Sub("facts.sqlite")));
        Assert.False(File.Exists(run.Sub("facts.sqlite.partial")));
    }

    [Fact]
    public void A_published_facts_json_in_the_earlier_indented_layout_is_written_whole_instead()
    {
        using var run = new SplicedRun(SplicedExportTables.All.Single(c => c.Name == "one document added"));
        var published = run.Files.Single(f => f.EndsWith("facts.json", StringComparison.Ordinal));
        File.WriteAllBytes(published, Indented(File.ReadAllBytes(published)));
        run.Record(published, new FileInfo(published).Length, cut: false);

        Assert.False(FactsJsonWriter.WriteFile(run.Sub("facts.json"), run.After, SampleTables.Generator, run.Published("facts.json")));
        Assert.Equal(FactsJsonWriter.ToBytes(run.After, SampleTables.Generator), File.ReadAllBytes(run.Sub("facts.json")));
    }

    // The same JSON as releases before one fact per line wrote it: indented by two spaces.
    internal static byte[] Indented(byte[] json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            document.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    // Every table's rows as text, sorted (a patched file holds a changed document's rows under other rowids), and the schema.
    private static List<string> Rows(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(r => r.Split('|')[0]).ToList();
        return
        [
            .. Query(connection, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"),
            .. Query(connection, "PRAGMA user_version"),
            .. tables.SelectMany(t => Query(connection, $"SELECT '{t}', * FROM \"{t}\"").Order(StringComparer.Ordinal)),
        ];
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static List<string> Shape(FactTable table) =>
    [
        .. table.Documents.Select(d => d.Name),
        .. TableShape.Facts(table),
        .. TableShape.Findings(table),
        .. table.Skipped.Select(s => $"{s.Doc} {s.Span} {s.Text}"),
        .. table.Issues.Select(i => i.ToString()),
    ];

    /// <summary>How a published set can disagree with its account, each done to all three files.</summary>
    private static class Damage
    {
        public static readonly Dictionary<string, Action<SplicedRun>> All = new()
        {
            ["missing"] = run => run.Files.ForEach(File.Delete),
            ["of another size than recorded"] = run => run.Files.ForEach(f => File.AppendAllText(f, " ")),
            ["cut short, the recorded size"] = run => run.Files.ForEach(f => run.Record(f, new FileInfo(f).Length / 2, cut: true)),
            ["of another run with other facts, the recorded size"] = run => run.PublishInstead(OtherFacts("d7.txt"), "run-0"),
            ["a document with another count in the account"] = run => run.Account = run.Account with
            {
                Documents = [.. run.Account.Documents.Select(d => d.Doc == "d3.txt" ? d with { Facts = 1 } : d)],
            },
            ["garbage of the recorded size"] = run => run.Files.ForEach(f => File.WriteAllBytes(f, new byte[new FileInfo(f).Length])),
        };
    }

    // The published table with one document's facts under other ids (its facts as another run found them).
    private static FactTable OtherFacts(string doc)
    {
        var table = SplicedExportTables.Table(SplicedExportTables.Published, []);
        return table with { Facts = [.. table.Facts.Select(f => f.Doc == doc ? f with { Id = "x" + f.Id } : f)] };
    }

    /// <summary>A published set of the case's first table (whole writes), and a folder for the next run's files.</summary>
    private sealed class SplicedRun : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);

        public SplicedRun(SplicedExportTables tables)
        {
            After = SplicedExportTables.Table(tables.After, tables.FindingsAfter);
            Account = tables.Account();
            Directory.CreateDirectory(_folder.Sub("published"));
            PublishInstead(SplicedExportTables.Table(tables.Before, tables.FindingsBefore), "run-1");
        }

        public FactTable After { get; }

        public PublishedFacts Account { get; set; }

        public List<string> Files => [.. new[] { "facts.json", "facts.csv", "facts.sqlite" }.Select(Publication)];

        public string Sub(string name) => _folder.Sub(name);

        public PublishedExport Published(string file) => new(Publication(file), _sizes[file], Account);

        /// <summary>Publishes <paramref name="table"/>'s files, recording their sizes as the account's.</summary>
        public void PublishInstead(FactTable table, string runId)
        {
            Files.ForEach(File.Delete);
            FactsJsonWriter.WriteFile(Publication("facts.json"), table, SampleTables.Generator);
            FactsCsvWriter.WriteFile(Publication("facts.csv"), table);
            FactStore.Write(Publication("facts.sqlite"), table, [.. Runs[..1], Runs[1] with { RunId = runId }]);
            Files.ForEach(f => _sizes[Path.GetFileName(f)] = new FileInfo(f).Length);
        }

        /// <summary>Records another size for a file (cut to that size first when asked).</summary>
        public void Record(string path, long size, bool cut)
        {
            if (cut)
            {
                using var file = new FileStream(path, FileMode.Open);
                file.SetLength(size);
            }

            _sizes[Path.GetFileName(path)] = size;
        }

        public void Dispose() => _folder.Dispose();

        private string Publication(string file) => _folder.Sub(Path.Combine("published", file));
    }
}
