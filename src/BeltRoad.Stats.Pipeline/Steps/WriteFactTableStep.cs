using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// Writes facts.json, facts.csv and facts.sqlite into the staging folder (the extract step has written the documents'
/// texts), and serializes run.json's account of the table for the publish step to write.
/// </summary>
internal sealed class WriteFactTableStep : IRunStep
{
    public string Name => "store";

    /// <summary>
    /// The three files are independent, so they are written at once, each on a worker of its own (the report step and
    /// the run store share the two cores with them: a writer that waits for another leaves a core idle). When most documents are unchanged, each file copies their facts
    /// from its published version (same bytes, or for the database the same rows, as a whole write), falling back to a
    /// whole write when that does not check out. The first error is the one reported; the staging folder with whatever
    /// was written is never published.
    /// </summary>
    public async ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var dir = context.StagingDirectory;
        var table = context.Table;
        var runs = RunHistory.WithCurrent(context);

        // The table is final and the run history read: the run store's content goes in on a worker of its own from
        // here, beside these files and the reports (waited for by the publish step): its keys at once, its rows copied
        // from facts.sqlite as soon as its facts and findings are committed. Copied once facts.sqlite was whole, it ran
        // alone on one core at the stage's end while publish waited (100 MB: ~1 s, after ~0.6 s of facts.sqlite's
        // indexes alone).
        var published = PublishedFactsOf.Run(context);
        var source = context.RunStore?.StoreContent(context.RunId, table, context.DocumentKeys);
        // facts.sqlite heads the stage's longest chain (the run store copies its rows from it), so it gets a thread of its
        // own: queued on the pool it ran last, behind the other files this step queues (a pool thread takes its own
        // queue's newest first). It ends once the run store is done with its content.
        var database = Task.Factory.StartNew(
            () => FactStore.Write(Path.Combine(dir, OutputFiles.FactsSqlite), table, runs, PublishedFactsOf.Export(context, published, OutputFiles.FactsSqlite), source),
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (source is not null)
        {
            // Cancelled before it started, the write never offers the file: the run store's worker must not wait for it.
            _ = database.ContinueWith(_ => source.Withdraw(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        var json = Task.Run(
            () => FactsJsonWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsJson), table, ProgramInfo.Generator, PublishedFactsOf.Export(context, published, OutputFiles.FactsJson)),
            cancellationToken);
        var csv = Task.Run(
            () => FactsCsvWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsCsv), table, PublishedFactsOf.Export(context, published, OutputFiles.FactsCsv)),
            cancellationToken);
        // run.json's documents, counts, findings and changes: final now, and ~0.3 s at 100 MB off the publish step.
        var account = Task.Run(() => context.RunReportBody = RunReportWriter.Body(context), cancellationToken);
        await Task.WhenAll(database, json, csv, account).ConfigureAwait(false);
        if (published is not null)
        {
            context.Logger.LogInformation(
                "Copied the facts of {Reused} unchanged document(s) from the published set: facts.json {Json}, facts.csv {Csv}, facts.sqlite {Sqlite}",
                published.Reused.Count, Copied(json.Result), Copied(csv.Result), Copied(database.Result));
        }
    }

    private static string Copied(bool spliced) => spliced ? "copied" : "written whole (the published file did not check out)";
}
