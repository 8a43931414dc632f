using System.Globalization;
using BeltRoad.Stats.Domain;
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
    public async Task The_offered_file_can_be_read_in_another_connections_write_transaction_while_the_rest_is_written()
    {
        // Many skipped mentions make the other half of the load the slow one, so its copy of the content runs while the
        // reader's transaction (BEGIN IMMEDIATE, which locks every attached file for writing) holds the offered file.
        var skipped = Enumerable.Range(0, 200_000).Select(i => new SkippedMention("a.txt", new SourceSpan(i, i + 1), "第" + i, "year")).ToList();
        var table = SampleTables.Rich() with { Skipped = skipped };
        var path = _temp.Sub("facts.sqlite");
        var source = new FactStoreSource();
        var write = Task.Run(() => FactStore.Write(path, table, [], null, source));

        var offered = await source.Offered.WaitAsync(Patience);
        using (var reader = SqliteRuntime.Open(_temp.Sub("store.sqlite"), SqliteOpenMode.ReadWriteCreate))
        {
            SqliteAttachment.With(reader, offered!, "facts_file", () => DbTransactions.Run(reader, transaction =>
            {
                Assert.Equal(8L, Sql.Scalar(reader, transaction, "SELECT COUNT(*) FROM facts_file.facts"));
                source.Release();
                Assert.True(write.Wait(TimeSpan.FromSeconds(20))); // a write lock taken by the copy would wait 30 s, then fail
            }));
        }

        Assert.False(await write);
        Assert.Equal(table.Skipped.Count, FactStore.ReadFacts(path).Skipped.Count);
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
