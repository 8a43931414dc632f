using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Storage;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>The run log is a record: what it cannot take costs a warning, never the run, and the run's row is kept.</summary>
public sealed class RunStoreLogTests
{
    [Fact]
    public async Task A_table_the_store_refuses_costs_a_warning_and_the_run_row_is_still_recorded()
    {
        using var folder = new TempFolder();
        var settings = StoreSettings.SqliteFile(Path.Combine(folder.Path, "runs.sqlite"));
        var lines = new ConcurrentQueue<string>();
        var log = new RunStoreLog(settings, required: false, new LineLogger(lines));
        var started = new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);
        var run = new RunRecord("20261124T060000Z-aaaaaa", started, null, RunStatus.Running, "sha256:x", 1, 1, 0, 0, 1, 0, 0, "running", "node-a", RunTrigger.Manual, null);
        // Facts of b.txt, which the table does not list: the store lists a run's fact sets through its documents.
        var table = new FactTable(
            [new DocumentInfo("a.txt", new string('a', 64), 10, "utf-8", DocumentLanguage.ZhHans, "标题", null, 10)],
            [new Fact("b-1", "b.txt", new MetricCode("train_count"), "中欧班列", 1m, null, Unit.Trains, Qualifier.Exact, null, "", "1列", new SourceSpan(0, 2), [new SourceSpan(0, 2)])],
            [], [], []);

        Assert.Null(log.Begin(run, started));
        log.StoreContent(run.RunId, table, new Dictionary<string, string>(), Path.Combine(folder.Path, "facts.sqlite"), Task.CompletedTask);
        await log.ContentStoredAsync();
        await log.PublishedAsync(run with { Status = RunStatus.Succeeded, Message = "published" }, table, new Dictionary<string, string>());

        Assert.Single(lines, l => l.Contains("'b.txt', a document it does not list", StringComparison.Ordinal));
        Assert.Equal((RunStatus.Succeeded, "published"), RunStores.Open(settings).ReadRuns().Select(r => (r.Status, r.Message)).Single());
    }

    /// <summary>
    /// Once the content's rows are stored (copied from the run's facts.sqlite) the log keeps only its keys: nothing of
    /// the run store holds the table to the run's end, and publishing names the stored rows by those keys.
    /// </summary>
    [Fact]
    public async Task Stored_content_lets_the_facts_go_and_the_published_run_names_its_rows()
    {
        using var folder = new TempFolder();
        var settings = StoreSettings.SqliteFile(Path.Combine(folder.Path, "runs.sqlite"));
        var log = new RunStoreLog(settings, required: false, new LineLogger(new ConcurrentQueue<string>()));
        var started = new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);
        var run = new RunRecord("20261124T060000Z-aaaaaa", started, null, RunStatus.Running, "sha256:x", 1, 2, 0, 0, 2, 0, 0, "running", "node-a", RunTrigger.Manual, null);
        Assert.Null(log.Begin(run, started));

        var fact = StoreContentOfATable(log, run.RunId, Path.Combine(folder.Path, "facts.sqlite"));
        await log.ContentStoredAsync();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(fact.IsAlive, "the run store's content still holds the run's facts once its rows are stored");
        await log.PublishedAsync(run with { Status = RunStatus.Succeeded, Message = "published" }, null, new Dictionary<string, string>());
        using var connection = new SqliteConnection($"{settings.ConnectionString};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT group_concat(id, ' ') FROM (SELECT id FROM facts WHERE run_id = '20261124T060000Z-aaaaaa' ORDER BY id)";
        Assert.Equal("a-1 a-2", query.ExecuteScalar());
    }

    /// <summary>A table's content handed to <paramref name="log"/> with its facts.sqlite written; only a weak reference to one of its facts comes back.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference StoreContentOfATable(RunStoreLog log, string runId, string factStorePath)
    {
        var table = new FactTable(
            [new DocumentInfo("a.txt", new string('a', 64), 10, "utf-8", DocumentLanguage.ZhHans, "标题", null, 10)],
            [
                new Fact("a-1", "a.txt", new MetricCode("train_count"), "中欧班列", 1m, null, Unit.Trains, Qualifier.Exact, null, "", "1列", new SourceSpan(0, 2), [new SourceSpan(0, 2)]),
                new Fact("a-2", "a.txt", new MetricCode("train_count"), "中欧班列", 2m, null, Unit.Trains, Qualifier.Exact, null, "", "2列", new SourceSpan(3, 5), [new SourceSpan(3, 5)]),
            ],
            [], [], []);
        FactStore.Write(factStorePath, table, []);
        log.StoreContent(runId, table, new Dictionary<string, string> { ["a.txt"] = "sha256:extraction" }, factStorePath, Task.CompletedTask);
        return new WeakReference(table.Facts[0]);
    }
}
