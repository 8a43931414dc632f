using System.Runtime.ExceptionServices;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// Writes facts.sqlite and, at the same time, facts.json, facts.csv and facts.parquet from the same table into the
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
    /// the same order, on a thread of their own at a lower priority (the report step and the run store share the two
    /// cores with them). Their writers are the ones that stream them from a written facts.sqlite
    /// (<see cref="FactExport.FromStore"/>, the same bytes): read back, each export decoded every row again, five
    /// times what writing it from the table costs, and waited for the file. No step reads a file the published set
    /// holds. The first error is the one reported; the staging folder with whatever was written is never published.
    /// </summary>
    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        try
        {
            Write(context, cancellationToken);
        }
        finally
        {
            // After Write has returned: its writers' closures, which hold the table, are gone with its frame.
            context.StoreEnded.TrySetResult();
        }

        return ValueTask.CompletedTask;
    }

    // Not inlined: the table its closures hold must be unreachable once it returns (ExecuteAsync).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Write(RunContext context, CancellationToken cancellationToken)
    {
        string dir;
        FactTable table;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            dir = context.StagingDirectory;
            table = context.Table;
            // The table is decoded: what the writers and the report allocate from here is mostly garbage, which a region
            // without collections would keep until its budget (six times the cache entries' bytes) ran out.
            var findingByFact = DecodedTable.Settle(context.DecodingRegion, table);
            // The report reads the facts beside these writers, from the same decoded table (never decoded again from
            // facts.sqlite): its pass takes the core the writers leave, so the stage lasts about as long as facts.sqlite.
            context.FactsForReport.TrySetResult(new RunReportFacts(context.Account, table.Facts, findingByFact));
        }
        catch (Exception e)
        {
            // The report waits for these facts whatever stage it runs in: it is told, not left waiting.
            context.FactsForReport.TrySetException(e);
            throw;
        }

        var runs = RunHistory.WithCurrent(context);

        // The table is final and the run history read: the run store's content goes in on a worker of its own from
        // here, beside these files and the reports (waited for by the publish step): its keys at once, its rows copied
        // from facts.sqlite when that is written.
        var databasePath = Path.Combine(dir, OutputFiles.FactsSqlite);
        var database = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    FactStore.Write(databasePath, table, runs);
                    NativeHeap.Trim();
                }
                finally
                {
                    context.SkippedRead();
                }
            },
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        context.RunStore?.StoreContent(context.RunId, table, context.DocumentKeys, databasePath, database);
        var spares = PublishPaths.For(context.Options.OutputDirectory).Spares;
        // One after another on one lowered thread: together they take less than facts.sqlite alone, and one at a time
        // their buffers are not held at once beside facts.sqlite's and the report's.
        var exports = LowPriorityThread.Start("exports", () =>
        {
            var exported = FactExport.Of(table);
            FactsJsonWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsJson), exported, ProgramInfo.Generator, Path.Combine(spares, OutputFiles.FactsJson));
            FactsCsvWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsCsv), exported, Path.Combine(spares, OutputFiles.FactsCsv));
            FactsParquetWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsParquet), exported, ParquetGroupWritten);
            return true;
        });
        // run.json's documents, counts, findings and changes: final now, and ~0.3 s at 100 MB off the publish step. Into a
        // file, not memory: 92 MB at 1 GB would sit beside the rest of the stage, and the stage's peak is the run's.
        var account = LowPriorityThread.Start("run account", () =>
        {
            try
            {
                return context.RunReportBody = RunReportWriter.WriteBodyFile(context, Path.Combine(dir, RunReportWriter.BodyFile));
            }
            finally
            {
                context.SkippedRead();
            }
        });
        // Joined, not awaited: the database task's continuations include the run store's copy, which must not wait
        // behind this step on that thread. Every writer ends before the step does, whatever failed; the first failure
        // in this order is the one reported.
        var failures = new List<Exception>();
        Joined(() => database.GetAwaiter().GetResult(), failures);
        Joined(() => exports.Join(), failures);
        Joined(() => account.Join(), failures);
        // Every fact is written and counted: the table goes once the report has read it too.
        context.LetGoOfFacts();
        if (failures.Count > 0)
        {
            ExceptionDispatchInfo.Throw(failures[0]);
        }
    }

    /// <summary>
    /// Every tenth row group of facts.parquet, a sweeping full collection: each group leaves a few MB of Parquet.Net's
    /// large arrays, which only a full collection frees, and beside the table one came only after 70–140 MB of them at
    /// 1 GB of input (the run's peak: docs/scale.md, "Cost model"). At 100 MB there are four groups, so none.
    /// </summary>
    private static void ParquetGroupWritten(int groups)
    {
        if (groups % 10 == 0)
        {
            HeapCompaction.Sweep();
        }
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
