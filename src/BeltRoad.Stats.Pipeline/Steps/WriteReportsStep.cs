using BeltRoad.Stats.Reporting;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// Renders the charts, the PDF digest and the HTML view into the staging folder from the facts the store step hands
/// over as it writes them (<see cref="RunReportFacts"/>), read once a document at a time; the report keeps what it prints.
/// </summary>
internal sealed class WriteReportsStep : IRunStep
{
    public string Name => "report";

    /// <summary>
    /// Waits for the store step to hand over the facts, then writes on a <see cref="LowPriorityThread{T}"/>: the run
    /// waits longer for facts.sqlite and the run store's copy from it than for the reports, which take the core that
    /// chain leaves.
    /// </summary>
    public async ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(context, await context.FactsForReport.Task.WaitAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The reports over <paramref name="facts"/>, written into the staging folder and logged.</summary>
    internal static void Write(RunContext context, IReportFacts facts)
    {
        var input = Input(context, facts);
        var files = LowPriorityThread.Start("report", () => ReportWriter.Write(input, context.StagingDirectory)).Join();
        context.Logger.LogInformation(
            "Wrote {Digest} ({Pages} pages), {Html} and {Charts} charts", OutputFiles.Digest, files.DigestPages, OutputFiles.Html, files.Charts.Count);
        if (files.MissingCharacters.Count > 0)
        {
            context.Logger.LogWarning("The digest font lacks {Count} character(s) of the documents, left out of the PDF: {Characters}",
                files.MissingCharacters.Count, string.Join(" ", files.MissingCharacters));
        }
    }

    /// <summary>The report over the facts of the run's table held in memory (benchmarks, tests).</summary>
    internal static ReportInput Input(RunContext context) => Input(context, ReportFacts.Of(context.Table));

    /// <summary>
    /// Between the report's pass and its page, charts and digest. In a run that decoded its table (not a scheduler's,
    /// whose memo keeps the entries) the page and digest wait for the store step's writers to end, so that the
    /// collection here frees the table instead of the page and digest allocating on top of it, beside facts.parquet's
    /// last row groups (the run's peak at 1 GB of input: docs/scale.md, "Cost model").
    /// </summary>
    private static void PassEnded(RunContext context)
    {
        context.SkippedRead();
        if (context.DecodingRegion is not null)
        {
            context.StoreEnded.Task.Wait();
        }

        HeapCompaction.Now();
    }

    /// <summary>The catalogue as the reading side knows it; the data date, not the clock, dates the digest.</summary>
    internal static ReportInput Input(RunContext context, IReportFacts facts) => new(
        facts,
        context.Catalog.MetricInfos,
        context.Catalog.GroupInfos,
        context.DataDate,
        context.ProgramVersion)
    {
        Changes = context.Changes,
        Headlines = context.Headlines,
        EntityAliases = context.Entities.Entries.GroupBy(e => e.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Aliases, StringComparer.Ordinal),
        PassEnded = () => PassEnded(context),
    };
}
