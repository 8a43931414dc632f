using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Publishing;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>
/// Another process holding the run log (a reader's open transaction, as a dashboard or a sqlite3 shell leaves one)
/// costs a bounded wait and a warning naming it; the run goes on and is recorded all the same.
/// </summary>
public sealed class BusyRunStoreTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private const string Good = "截至2023年6月底，中欧班列累计开行7.4万列。";

    [Fact(Timeout = 120_000)]
    public async Task A_reader_holding_a_transaction_on_the_run_log_costs_a_bounded_wait_and_the_run_is_published_and_recorded()
    {
        using var folder = new TempFolder();
        var (options, output) = await PublishedOnce(folder);
        folder.Write("in/b.txt", Encoding.UTF8.GetBytes("2022年，中欧班列开行1.6万列。"));
        var lines = new ConcurrentQueue<string>();
        RunOutcome outcome;
        var watch = Stopwatch.StartNew();
        using (var reader = HoldReadTransaction(RunLog.PathFor(output)))
        {
            outcome = await new ReportRunner(new LineLogger(lines)).RunAsync(options);
            watch.Stop();
        }

        log.WriteLine($"the run took {watch.Elapsed.TotalSeconds:0.0} s\n{string.Join('\n', lines)}");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"the run took {watch.Elapsed}");
        Assert.Equal(RunStatus.Succeeded, outcome.Status);
        Assert.Contains(lines, l => l.Contains("is locked by another process", StringComparison.Ordinal) && l.Contains(RunLog.PathFor(output), StringComparison.Ordinal));
        var row = Assert.Single(RunLog.Read(RunLog.PathFor(output)), r => r.RunId == outcome.RunId);
        Assert.Equal(RunStatus.Succeeded, row.Status);
        Assert.True(StoredDocuments(RunLog.PathFor(output), outcome.RunId) > 0, "the run's facts are not in the run store");
    }

    // The documents the run store holds a run's content for (its shards' documents, or its fact sets before shards).
    private static long StoredDocuments(string path, string runId)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM run_shards r JOIN shard_documents s ON s.shard = r.shard WHERE r.run_id = $run)
                 + (SELECT count(*) FROM run_fact_sets WHERE run_id = $run)
            """;
        command.Parameters.AddWithValue("$run", runId);
        return (long)command.ExecuteScalar()!;
    }

    [Fact(Timeout = 120_000)]
    public async Task A_run_that_publishes_nothing_while_the_run_log_is_held_is_recorded_by_the_next_run()
    {
        using var folder = new TempFolder();
        var (options, output) = await PublishedOnce(folder);
        RunOutcome upToDate;
        var watch = Stopwatch.StartNew();
        using (HoldReadTransaction(RunLog.PathFor(output)))
        {
            upToDate = await new ReportRunner().RunAsync(options);
            watch.Stop();
        }

        log.WriteLine($"the run took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"the run took {watch.Elapsed}");
        Assert.Equal(RunStatus.UpToDate, upToDate.Status);
        var next = await new ReportRunner().RunAsync(options);

        var runs = RunLog.Read(RunLog.PathFor(output)).Select(r => (r.RunId, r.Status)).ToList();
        Assert.Contains((upToDate.RunId, RunStatus.UpToDate), runs);
        Assert.Contains((next.RunId, RunStatus.UpToDate), runs);
    }

    // A first run, so the run log exists to be held.
    private static async Task<(RunOptions Options, string Output)> PublishedOnce(TempFolder folder)
    {
        folder.Write("in/a.txt", Encoding.UTF8.GetBytes(Good));
        var options = new RunOptions(folder.Sub("in"), folder.Sub("out"));
        await new ReportRunner().RunAsync(options);
        return (options, options.OutputDirectory);
    }

    // A connection in a read transaction: SQLite's shared lock, which lets others read and no one commit a write.
    private static IDisposable HoldReadTransaction(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var transaction = connection.BeginTransaction(deferred: true);
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT count(*) FROM runs";
            command.ExecuteScalar();
        }

        return new Held(connection, transaction);
    }

    private sealed class Held(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
    {
        public void Dispose()
        {
            transaction.Dispose();
            connection.Dispose();
        }
    }
}
