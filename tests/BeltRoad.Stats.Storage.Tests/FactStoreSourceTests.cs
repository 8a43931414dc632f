using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Storage.Tests.Store;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage.Tests;

/// <summary>
/// A facts.sqlite write offers its reader (the run store's copy) a file holding the run's documents, facts and findings
/// as soon as they are committed, before facts.sqlite is whole; the file can be read beside the rest of the write, and
/// is kept until the reader is done. A write that fails before offers nothing, and a reader waiting stops waiting.
/// </summary>
public sealed class FactStoreSourceTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly string[] ContentTables = ["documents", "facts", "findings", "finding_facts"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_whole_write_offers_its_content_before_it_ends_and_deletes_it_once_the_reader_is_done()
    {
        var table = SampleTables.Rich();
        var path = _temp.Sub("facts.sqlite");
        var source = new FactStoreSource();
        var write = Task.Run(() => FactStore.Write(path, table, SampleRuns.History(), null, source));

        var offered = await source.Offered.WaitAsync(Patience);
        Assert.NotNull(offered);
        Assert.Equal(["3", "8", "1", "3"], ContentTables.Select(name => Count(offered, name)));
        Assert.False(write.IsCompleted); // it waits for its reader
        Assert.False(File.Exists(path));

        source.Release();
        Assert.False(await write.WaitAsync(Patience));
        Assert.Equal(["facts.sqlite"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
        FactStore.Write(_temp.Sub("alone.sqlite"), table, SampleRuns.History());
        Assert.Equal(Dump(_temp.Sub("alone.sqlite")), Dump(path));
    }

    [Fact]
    public async Task The_run_store_copies_from_the_offered_file_while_the_write_holds_it_for_the_rest()
    {
        // The rest of the load takes the file's write lock at once and commits once the reader is done: a reader that
        // took a write lock on the file too (BEGIN IMMEDIATE locks every attached file) would wait 30 s, then fail.
        var table = SampleTables.Rich();
        var keys = table.Documents.ToDictionary(d => d.Name, d => "extraction of " + d.Name);
        var source = new FactStoreSource();
        var write = Task.Run(() => FactStore.Write(_temp.Sub("facts.sqlite"), table, SampleRuns.History(), null, source));
        var offered = await source.Offered.WaitAsync(Patience);
        Assert.True(source.RowsInTableOrder);
        await Task.Delay(500); // the rest of the load is under way, holding the file's write lock
        var copied = StoreSettings.SqliteFile(_temp.Sub("copied.sqlite"));
        var store = RunStores.Open(copied);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        store.StoreContent(PublishedContent.Of(table, keys), offered!, source.RowsInTableOrder);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20));
        source.Release();
        Assert.False(await write.WaitAsync(Patience));

        var bound = StoreSettings.SqliteFile(_temp.Sub("bound.sqlite"));
        RunStores.Open(bound).StoreContent(PublishedContent.Of(table, keys));
        foreach (var name in new[] { "fact_sets", "set_facts", "finding_sets", "finding_set_facts" })
        {
            Assert.Equal(StoreRows.Query(bound, $"SELECT rowid, * FROM {name} ORDER BY rowid"), StoreRows.Query(copied, $"SELECT rowid, * FROM {name} ORDER BY rowid"));
        }
    }

    [Fact]
    public async Task A_write_that_fails_before_its_content_is_in_offers_nothing_and_leaves_nothing()
    {
        var path = _temp.Sub("facts.sqlite");
        var source = new FactStoreSource();
        var orphan = SampleTables.Rich() with { Documents = [] }; // facts name documents the table does not hold

        Assert.Throws<ArgumentException>(() => FactStore.Write(path, orphan, [], null, source));
        Assert.Null(await source.Offered.WaitAsync(Patience));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp.Path));
    }

    private static string Count(string path, string table)
    {
        using var connection = SqliteRuntime.Open(path, SqliteOpenMode.ReadOnly);
        return Convert.ToString(Sql.Scalar(connection, null, $"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture)!;
    }

    // Every table's rows in rowid order, and the schema in the order sqlite_master lists it.
    private static List<string> Dump(string path)
    {
        using var connection = SqliteRuntime.Open(path, SqliteOpenMode.ReadOnly);
        var rows = Sql.Query(connection, "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY rowid", r => r.GetString(0)).ToList();
        foreach (var name in Sql.Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid", r => r.GetString(0)))
        {
            rows.AddRange(Sql.Query(connection, $"SELECT * FROM {name} ORDER BY rowid", r => string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)))));
        }

        return rows;
    }
}
