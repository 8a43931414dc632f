using BeltRoad.Stats.Reporting;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// Renders the charts, the PDF digest and the HTML view into the staging folder from the run's facts.sqlite, read back
/// a document at a time (<see cref="StoredReportFacts"/>), never from a list of every fact.
/// </summary>
internal sealed class WriteReportsStep : IRunStep
{
    public string Name => "report";

    /// <summary>
    /// Waits for the store step's facts.sqlite (the run lets its table go after the store step), then writes on a <see cref="LowPriorityThread{T}"/>: the run waits longer for the run store's copy
    /// from facts.sqlite than for the reports, which take the core that chain leaves.
    /// </summary>
    public async ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = await context.FactsSqliteWritten.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        var input = Input(context, new StoredReportFacts(database, context.Account));
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
    };
}
