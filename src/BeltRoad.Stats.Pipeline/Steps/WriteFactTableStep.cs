using System.Runtime.ExceptionServices;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// Writes facts.json, facts.csv, facts.parquet and facts.sqlite into the staging folder (the extract step has written the documents'
/// texts), and serializes run.json's account of the table for the publish step to write.
/// </summary>
internal sealed class WriteFactTableStep : IRunStep
{
    public string Name => "store";

    /// <summary>
    /// The four files are independent, so they are written at once, each on a thread of its own (the report step and
    /// the run store share the two cores with them: a writer that waits for another leaves a core idle); facts.sqlite at
    /// the usual priority, the others lowered. When most documents are unchanged, each file copies their facts
    /// from its published version (same bytes, or for the database the same rows, as a whole write), falling back to a
    /// whole write when that does not check out. The first error is the one reported; the staging folder with whatever
    /// was written is never published.
    /// </summary>
    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var dir = context.StagingDirectory;
        var table = context.Table;
        var runs = RunHistory.WithCurrent(context);

        // The table is final and the run history read: the run store's content goes in on a worker of its own from
        // here, beside these files and the reports (waited for by the publish step): its keys at once, its rows copied
        // from facts.sqlite when that is written. Started after the files, it was the fresh run's last thing to finish
        // (100 MB: publish waited 2.8 s for it).
        var published = PublishedFactsOf.Run(context);
        var databasePath = Path.Combine(dir, OutputFiles.FactsSqlite);
        // facts.sqlite heads the stage's longest chain (the run store copies its rows from it), so it gets a thread of its
        // own: queued on the pool it ran last, behind the other files this step queues (a pool thread takes its own
        // queue's newest first), and the copy after it ran alone on one core while publish waited (100 MB: ~1.3 s).
        var database = Task.Factory.StartNew(
            () => FactStore.Write(databasePath, table, runs, PublishedFactsOf.Export(context, published, OutputFiles.FactsSqlite)),
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        context.RunStore?.StoreContent(context.RunId, table, context.DocumentKeys, databasePath, database);
        // The rest yields to that chain (LowPriorityThread): the run waits on none of it as long.
        var json = LowPriorityThread.Start(
            OutputFiles.FactsJson,
            () => FactsJsonWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsJson), table, ProgramInfo.Generator, PublishedFactsOf.Export(context, published, OutputFiles.FactsJson)));
        var csv = LowPriorityThread.Start(
            OutputFiles.FactsCsv,
            () => FactsCsvWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsCsv), table, PublishedFactsOf.Export(context, published, OutputFiles.FactsCsv)));
        // Written whole each run: its row groups are compressed together, so there are no rows of a document to copy.
        var parquet = LowPriorityThread.Start(OutputFiles.FactsParquet, () =>
        {
            FactsParquetWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsParquet), table);
            return true;
        });
        // run.json's documents, counts, findings and changes: final now, and ~0.3 s at 100 MB off the publish step.
        var account = LowPriorityThread.Start("run account", () => context.RunReportBody = RunReportWriter.Body(context));
        // Joined, not awaited: the database task's continuations include the run store's copy, which must not wait
        // behind this step on that thread. Every writer ends before the step does, whatever failed; the first failure
        // in this order is the one reported.
        var failures = new List<Exception>();
        var databaseCopied = Joined(() => database.GetAwaiter().GetResult(), failures);
        var jsonCopied = Joined(json.Join, failures);
        var csvCopied = Joined(csv.Join, failures);
        Joined(parquet.Join, failures);
        Joined(account.Join, failures);
        if (failures.Count > 0)
        {
            ExceptionDispatchInfo.Throw(failures[0]);
        }

        if (published is not null)
        {
            context.Logger.LogInformation(
                "Copied the facts of {Reused} unchanged document(s) from the published set: facts.json {Json}, facts.csv {Csv}, facts.sqlite {Sqlite}",
                published.Reused.Count, Copied(jsonCopied), Copied(csvCopied), Copied(databaseCopied));
        }

        return ValueTask.CompletedTask;
    }

    private static T? Joined<T>(Func<T> join, List<Exception> failures)
    {
        try
        {
            return join();
        }
        catch (Exception e)
        {
            failures.Add(e);
            return default;
        }
    }

    private static string Copied(bool spliced) => spliced ? "copied" : "written whole (the published file did not check out)";
}
