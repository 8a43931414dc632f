using BeltRoad.Stats.Benchmarks.Corpus;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Scheduling.Tests.Support;
using BeltRoad.Stats.Storage;
using Npgsql;
using Xunit.Abstractions;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>
/// Two real scheduler processes on one real PostgreSQL store share a run's documents; one is killed (-9) while it
/// holds claims, and the run still publishes every document's facts exactly once: the same facts.json, byte for byte,
/// as one process alone on a SQLite store.
/// </summary>
public sealed class SharedExtractionTests(PostgresFixture postgres, ITestOutputHelper console) : IClassFixture<PostgresFixture>
{
    private const string Never = "0 0 6 1 1 ? 2099";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(240);

    [PostgresFact]
    public async Task Killing_the_helping_node_mid_run_loses_no_document_and_duplicates_none()
    {
        using var work = new Workspace();
        // Large enough that the runner has not drained the queue when the helper is killed, on a quiet machine and a Release build too.
        CorpusGenerator.Generate(Path.Combine(RepoPaths.Root, "seeds"), work.Input, megabytes: 16);
        var (code, _, error) = await CliProcess.Run(work.Root, "run", "--input", "input", "--output", "alone");
        Assert.True(code == 0, error);
        var store = postgres.NewDatabase();

        // Either node may take the one-shot firing; the other helps, and is the one killed.
        using var first = await SchedulerNode.StartAsync(work, store, cron: Never);
        using var second = await SchedulerNode.StartAsync(work, store, cron: Never, runNow: true);
        SchedulerNode[] nodes = [first, second];
        await Wait.Until(() => nodes.Any(n => n.Log.Contains("Helping run", StringComparison.Ordinal)), Patience, "a node to help the run");
        var helper = nodes.Single(n => n.Log.Contains("Helping run", StringComparison.Ordinal));
        var runner = nodes.Single(n => n != helper);
        // Killed while it holds a claim it has not finished: after one document of its own, at a moment it is extracting another.
        await Wait.Until(() => Count(store, $"extracted_by = '{helper.Id}'") > 0 && Count(store, $"claimed_by = '{helper.Id}' AND NOT done") > 0, Patience, "the helper to finish a document and hold another");
        await helper.KillAsync();
        var stranded = Count(store, $"claimed_by = '{helper.Id}' AND NOT done");
        await Wait.Until(() => Runs(store).Any(r => r.Status != RunStatus.Running), Patience, "the run to end");
        await runner.StopAsync();
        console.WriteLine($"--- runner {runner.Id}\n{runner.Log}\n--- killed helper {helper.Id}\n{helper.Log}");

        Assert.True(stranded > 0, "the kill fell after the helper's last claim: no claim was left to take over");
        var run = Assert.Single(Runs(store));
        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(runner.Id, run.Node);
        Assert.Contains($"extracted by {helper.Id}", runner.Log, StringComparison.Ordinal); // what it did before dying was used
        Assert.Equal(File.ReadAllBytes(Path.Combine(work.Root, "alone", "facts.json")), File.ReadAllBytes(Path.Combine(work.Output, "facts.json")));
        Assert.Equal(0, Count(store, "TRUE")); // the run's queue is closed
    }

    private static long Count(string store, string where)
    {
        using var connection = new NpgsqlConnection(store);
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT count(*) FROM extraction_queue WHERE {where}", connection);
        try
        {
            return (long)command.ExecuteScalar()!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0; // no run has been shared yet
        }
    }

    private static List<RunRecord> Runs(string store) => [.. RunStores.Open(StoreSettings.Of("postgres", store)).ReadRuns()];
}
