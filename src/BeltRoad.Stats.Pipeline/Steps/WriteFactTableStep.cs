using System.Runtime.ExceptionServices;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// Writes facts.sqlite and, at the same time, facts.json, facts.csv and facts.parquet (each on a thread of its own) from the same table into the
/// staging folder (the extract step has written the documents' texts), hands the same facts to the report step as it
/// begins (<see cref="RunContext.FactsForReport"/>), and serializes run.json's account of the table for the publish
/// step to write.
/// </summary>
internal sealed class WriteFactTableStep : IRunStep
{
    public string Name => "store";

    /// <summary>
    /// facts.sqlite is written from the table on a thread of its own at the usual priority (the run store copies its
    /// rows from it, so it heads the stage's longest chain); the exports are written from the same table at once, in
    /// the same order, each on a thread of its own at a lower priority (the report step and the run store share the two
    /// cores with them). Their writers are the ones that stream them from a written facts.sqlite
    /// (<see cref="FactExport.FromStore"/>, the same bytes): read back, each export decoded every row again, five
    /// times what writing it from the table costs, and waited for the file. No step reads a file the published set
    /// holds. The first error is the one reported; the staging folder with whatever was written is never published.
    /// </summary>
    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        string dir;
        Domain.FactTable table;
        TableReaders readers;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            dir = context.StagingDirectory;
            table = context.Table;
            // The report reads the facts beside these writers, from the same decoded table (never decoded again from
            // facts.sqlite): its pass takes the core the writers leave, so the stage lasts about as long as facts.sqlite.
            readers = new TableReaders(context, () => table = null!);
            context.FactsForReport.TrySetResult(new RunReportFacts(context.Account, table.Facts, () => readers.Ended("the report's pass")));
        }
        catch (Exception e)
        {
            // The report waits for these facts whatever stage it runs in: it is told, not left waiting.
            context.FactsForReport.TrySetException(e);
            throw;
        }

        // The table is decoded: what the writers and the report allocate from here is mostly garbage, which a region
        // without collections would keep until its budget (six times the cache entries' bytes) ran out.
        context.DecodingRegion?.Dispose();
        var runs = RunHistory.WithCurrent(context);

        // The table is final and the run history read: the run store's content goes in on a worker of its own from
        // here, beside these files and the reports (waited for by the publish step): its keys at once, its rows copied
        // from facts.sqlite when that is written.
        var databasePath = Path.Combine(dir, OutputFiles.FactsSqlite);
        var database = Task.Factory.StartNew(
            () => readers.Reading("facts.sqlite", () => FactStore.Write(databasePath, table, runs)),
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        context.RunStore?.StoreContent(context.RunId, table, context.DocumentKeys, databasePath, database);
        var spares = PublishPaths.For(context.Options.OutputDirectory).Spares;
        // Each on a lowered thread of its own, at once: they are the table's last readers (the run lets it go when the
        // last ends), and one after another on one thread the last of them began only when the other two had ended,
        // so the table lived on, unread, while the report built its page and digest beside them.
        List<LowPriorityThread<bool>> exports =
        [
            LowPriorityThread.Start(OutputFiles.FactsJson, () =>
            {
                readers.Reading(OutputFiles.FactsJson, () => FactsJsonWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsJson), FactExport.Of(table), ProgramInfo.Generator, Path.Combine(spares, OutputFiles.FactsJson)));
                return true;
            }),
            LowPriorityThread.Start(OutputFiles.FactsCsv, () =>
            {
                readers.Reading(OutputFiles.FactsCsv, () => FactsCsvWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsCsv), FactExport.Of(table), Path.Combine(spares, OutputFiles.FactsCsv)));
                return true;
            }),
            LowPriorityThread.Start(OutputFiles.FactsParquet, () =>
            {
                readers.Reading(OutputFiles.FactsParquet, () => FactsParquetWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsParquet), FactExport.Of(table)));
                return true;
            }),
        ];
        // run.json's documents, counts, findings and changes: final now, and ~0.3 s at 100 MB off the publish step.
        var account = LowPriorityThread.Start("run account", () =>
        {
            readers.Reading("run account", () => context.RunReportBody = RunReportWriter.Body(context));
            return true;
        });
        // Joined, not awaited: the database task's continuations include the run store's copy, which must not wait
        // behind this step on that thread. Every writer ends before the step does, whatever failed; the first failure
        // in this order is the one reported.
        var failures = new List<Exception>();
        Joined(() => database.GetAwaiter().GetResult(), failures);
        exports.ForEach(export => Joined(() => export.Join(), failures));
        Joined(() => account.Join(), failures);
        // Every fact is written and counted: the table goes once the report has read it too.
        context.LetGoOfFacts();
        if (failures.Count > 0)
        {
            ExceptionDispatchInfo.Throw(failures[0]);
        }

        return ValueTask.CompletedTask;
    }

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
