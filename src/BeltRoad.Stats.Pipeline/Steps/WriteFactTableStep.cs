using System.Runtime.ExceptionServices;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// Writes facts.sqlite into the staging folder (the extract step has written the documents' texts), then facts.json,
/// facts.csv and facts.parquet from it, and serializes run.json's account of the table for the publish step to write.
/// </summary>
internal sealed class WriteFactTableStep : IRunStep
{
    public string Name => "store";

    /// <summary>
    /// facts.sqlite is the one source of the exports: written whole from the table, on a thread of its own at the usual
    /// priority (the run store copies its rows from it, so it heads the stage's longest chain), and each export then
    /// streams its rows back from it, in the table's order, on a thread of its own at a lower priority (the report
    /// step and the run store share the two cores with them). No step reads a file the published set holds. The first
    /// error is the one reported; the staging folder with whatever was written is never published.
    /// </summary>
    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var dir = context.StagingDirectory;
        var table = context.Table;
        var runs = RunHistory.WithCurrent(context);

        // The table is final and the run history read: the run store's content goes in on a worker of its own from
        // here, beside these files and the reports (waited for by the publish step): its keys at once, its rows copied
        // from facts.sqlite when that is written.
        var databasePath = Path.Combine(dir, OutputFiles.FactsSqlite);
        var database = Task.Factory.StartNew(
            () => FactStore.Write(databasePath, table, runs),
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        context.RunStore?.StoreContent(context.RunId, table, context.DocumentKeys, databasePath, database);
        var spares = PublishPaths.For(context.Options.OutputDirectory).Spares;
        // The exports wait for facts.sqlite on threads of their own (LowPriorityThread), then read it, each on its own connection.
        var json = FromStore(OutputFiles.FactsJson, database, databasePath, stored =>
            FactsJsonWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsJson), stored, ProgramInfo.Generator, Path.Combine(spares, OutputFiles.FactsJson)));
        var csv = FromStore(OutputFiles.FactsCsv, database, databasePath, stored =>
            FactsCsvWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsCsv), stored, Path.Combine(spares, OutputFiles.FactsCsv)));
        var parquet = FromStore(OutputFiles.FactsParquet, database, databasePath, stored =>
            FactsParquetWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsParquet), stored));
        // run.json's documents, counts, findings and changes: final now, and ~0.3 s at 100 MB off the publish step.
        var account = LowPriorityThread.Start("run account", () => context.RunReportBody = RunReportWriter.Body(context));
        // Joined, not awaited: the database task's continuations include the run store's copy, which must not wait
        // behind this step on that thread. Every writer ends before the step does, whatever failed; the first failure
        // in this order is the one reported (an export that waited for a failed facts.sqlite fails with its error).
        var failures = new List<Exception>();
        Joined(() => database.GetAwaiter().GetResult(), failures);
        Joined(() => json.Join(), failures);
        Joined(() => csv.Join(), failures);
        Joined(() => parquet.Join(), failures);
        Joined(() => account.Join(), failures);
        if (failures.Count > 0)
        {
            ExceptionDispatchInfo.Throw(failures[0]);
        }

        return ValueTask.CompletedTask;
    }

    // An export written from facts.sqlite once that is written.
    private static LowPriorityThread<bool> FromStore(string name, Task database, string databasePath, Action<FactExport> write) =>
        LowPriorityThread.Start(name, () =>
        {
            database.GetAwaiter().GetResult();
            write(FactExport.FromStore(databasePath));
            return true;
        });

    private static void Joined(Action join, List<Exception> failures)
    {
        try
        {
            join();
        }
        catch (Exception e)
        {
            failures.Add(e);
        }
    }
}
