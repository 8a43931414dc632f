using System.Globalization;
using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage.Tests;

public sealed class FactStoreTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Written()
    {
        var path = folder.Sub("facts.sqlite");
        FactStore.Write(path, SampleTables.Rich(), SampleRuns.History());
        return path;
    }

    /// <summary>The rich table with a measure word on one fact (a-5).</summary>
    private static FactTable Measured() =>
        SampleTables.Rich() with { Facts = [.. SampleTables.Rich().Facts.Select(f => f.Id == "a-5" ? f with { Measure = "场" } : f)] };

    private static List<string> Column(string path, string sql)
    {
        using var connection = SqliteRuntime.Open(path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    [Fact]
    public void Reads_back_the_whole_table()
    {
        var table = SampleTables.Rich();
        var back = FactStore.ReadFacts(Written());

        Assert.Equal(TableShape.Facts(table), TableShape.Facts(back));
        Assert.Equal(TableShape.Findings(table), TableShape.Findings(back));
        Assert.Equal(table.Documents, back.Documents);
        Assert.Equal(table.Skipped, back.Skipped);
        Assert.Equal(table.Issues, back.Issues);
    }

    [Fact]
    public void A_fact_read_back_keeps_its_measure_word_and_a_fact_without_one_has_none()
    {
        var table = Measured();
        var path = folder.Sub("measured.sqlite");
        FactStore.Write(path, table, []);

        Assert.Equal(table.Facts.Select(f => f.Measure), FactStore.ReadFacts(path).Facts.Select(f => f.Measure));
        Assert.Equal(["a-5|场"], Column(path, "SELECT id || '|' || measure FROM facts WHERE measure IS NOT NULL"));
    }

    [Fact]
    public void Streams_every_fact_with_its_occurrences_and_measure_as_the_whole_table_reads_them()
    {
        var path = folder.Sub("measured.sqlite");
        FactStore.Write(path, Measured(), []);
        Assert.Equal(TableShape.Facts(Measured()), FactStore.StreamFacts(path).Select(TableShape.Fact));
        Assert.Equal(TableShape.Facts(FactStore.ReadFacts(path)), FactStore.StreamFacts(path).Select(TableShape.Fact));
    }

    [Fact]
    public void Reads_the_named_documents_facts_in_the_order_asked()
    {
        var path = Written();
        var table = SampleTables.Rich();
        Assert.Equal(
            [.. new[] { "c.txt", "b.md", "a.txt" }.SelectMany(doc => table.Facts.Where(f => f.Doc == doc)).Select(TableShape.Fact)],
            FactStore.FactsOf(path, [("c.txt", 2), ("b.md", 1), ("a.txt", 5)]).Select(TableShape.Fact));
    }

    [Fact]
    public void A_document_with_another_fact_count_than_stated_is_an_error_never_fewer_facts() =>
        Assert.Throws<FormatException>(() => FactStore.FactsOf(Written(), [("a.txt", 4)]).ToList());

    [Fact]
    public void A_schema_two_file_is_still_read_its_facts_without_a_measure()
    {
        var path = Written();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE facts DROP COLUMN measure; UPDATE meta SET value = '2' WHERE key = 'schema_version'";
            command.ExecuteNonQuery();
        }

        Assert.Equal(TableShape.Facts(SampleTables.Rich()), FactStore.StreamFacts(path).Select(TableShape.Fact));
        Assert.Throws<FormatException>(() => FactStore.ReadFacts(path));
    }

    [Fact]
    public void Reads_back_the_run_history_in_order() =>
        Assert.Equal(SampleRuns.History(), FactStore.ReadRuns(Written()));

    [Fact]
    public void Has_the_documented_tables_and_indexes()
    {
        var path = Written();
        Assert.Equal(
            ["documents", "facts", "finding_facts", "findings", "issues", "meta", "occurrences", "runs", "skipped"],
            Column(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        Assert.Contains("facts_metric", Column(path, "SELECT name FROM sqlite_master WHERE type = 'index'"));
        Assert.Contains("facts_doc", Column(path, "SELECT name FROM sqlite_master WHERE type = 'index'"));
        Assert.Equal(["3"], Column(path, "SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Equal(["3"], Column(path, "PRAGMA user_version"));
        Assert.Equal(["1", "3"], Column(path, "SELECT page FROM facts WHERE doc = 'c.txt' ORDER BY id"));
        Assert.Equal(["0,5,9|国务院新闻办公室"], Column(path, "SELECT page_starts || '|' || publisher FROM documents WHERE format = 'pdf'"));
    }

    [Fact]
    public void Keeps_exact_decimal_text_and_a_number_to_query_with()
    {
        var path = Written();
        Assert.Equal(["74000", "74500"], Column(path, "SELECT value FROM facts WHERE metric = 'train_count' AND value_num > 70000 AND doc <> 'b.md' ORDER BY value_num"));
        Assert.Equal(["0.00001"], Column(path, "SELECT value FROM facts WHERE id = 'a-5'"));
        Assert.Equal(["2", "1"], Column(path, "SELECT COUNT(*) FROM occurrences GROUP BY fact_id HAVING fact_id IN ('a-1', 'b-1') ORDER BY fact_id"));
        Assert.Equal(["a.txt", "b.md", "c.txt"], Column(path, "SELECT doc FROM finding_facts ORDER BY rowid"));
        Assert.Equal(["2023-10-18 02:00:00"], Column(path, "SELECT datetime(started_utc) FROM runs WHERE status = 'succeeded'"));
    }

    [Fact]
    public void Bulk_loaded_file_passes_the_integrity_and_foreign_key_checks()
    {
        // The load runs without per-row foreign key checks or a journal; the finished file must not show it.
        var path = Written();
        Assert.Equal(["ok"], Column(path, "PRAGMA integrity_check"));
        Assert.Empty(Column(path, "PRAGMA foreign_key_check"));
        Assert.Equal(["delete"], Column(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public void Never_writes_over_an_existing_file()
    {
        var path = Written();
        var before = File.ReadAllBytes(path);
        Assert.Throws<IOException>(() => FactStore.Write(path, FactTable.Empty, []));
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_failed_write_leaves_nothing_behind()
    {
        var path = folder.Sub("facts.sqlite");
        var orphan = SampleTables.Rich() with { Documents = [] }; // facts name documents the table does not hold
        var error = Assert.Throws<ArgumentException>(() => FactStore.Write(path, orphan, []));
        Assert.Contains("'a.txt'", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_failure_in_the_second_half_of_the_load_leaves_nothing_behind()
    {
        // Findings are written into the side file, on its own thread: its error is the one reported.
        var path = folder.Sub("facts.sqlite");
        var table = SampleTables.Rich();
        var dangling = table with { Findings = [table.Findings[0] with { FactIds = ["a-1", "no-such-fact"] }] };
        var error = Assert.Throws<ArgumentException>(() => FactStore.Write(path, dangling, []));
        Assert.Contains("'no-such-fact'", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Rows_copied_from_the_side_file_keep_the_table_order_as_their_rowids()
    {
        var skipped = Enumerable.Range(0, 300).Select(i => new SkippedMention(i % 2 == 0 ? "a.txt" : "c.txt", new SourceSpan(i, i + 1), "第" + i, "year")).ToList();
        var path = folder.Sub("facts.sqlite");
        FactStore.Write(path, SampleTables.Rich() with { Skipped = skipped }, SampleRuns.History());

        Assert.Equal([.. Enumerable.Range(1, 300).Select(i => $"{i}|第{i - 1}")], Column(path, "SELECT rowid || '|' || text FROM skipped ORDER BY rowid"));
        Assert.Equal(["a-1|1", "a-1|2", "a-2|1"], Column(path, "SELECT fact_id || '|' || ordinal FROM occurrences ORDER BY rowid LIMIT 3"));
        Assert.Equal(["1|a-1", "1|b-1", "1|c-1"], Column(path, "SELECT finding_id || '|' || fact_id FROM finding_facts ORDER BY rowid"));
    }

    [Fact]
    public void Empty_text_is_stored_as_empty_text_not_null()
    {
        var path = folder.Sub("facts.sqlite");
        var table = SampleTables.Rich();
        FactStore.Write(path, table with { Facts = [table.Facts[0] with { SectionPath = "" }, .. table.Facts.Skip(1)] }, []);
        Assert.Equal(["1"], Column(path, "SELECT COUNT(*) FROM facts WHERE section = ''"));
    }

    [Fact]
    public void Replaces_the_leftover_of_a_crashed_attempt()
    {
        var path = folder.Sub("facts.sqlite");
        File.WriteAllText(path + ".partial", "half a database");
        FactStore.Write(path, SampleTables.Rich(), []);
        Assert.Equal(8, FactStore.ReadFacts(path).Facts.Count);
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public void Leaves_only_the_database_file_and_releases_it()
    {
        var path = Written();
        Assert.Equal(["facts.sqlite"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
        File.Move(path, folder.Sub("published.sqlite"));
        Assert.Equal(5, FactStore.ReadFacts(folder.Sub("published.sqlite")).Facts.Count(f => f.Doc == "a.txt"));
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_fact_store()
    {
        var path = folder.Sub("other.sqlite");
        using (var connection = SqliteRuntime.Open(path, SqliteOpenMode.ReadWriteCreate))
        {
            SqliteRuntime.Execute(connection, "CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('schema_version', '99');");
        }

        Assert.Throws<FormatException>(() => FactStore.ReadFacts(path));
        Assert.Throws<FileNotFoundException>(() => FactStore.ReadRuns(folder.Sub("missing.sqlite")));
    }
}
