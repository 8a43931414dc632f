using BeltRoad.Stats.Reporting;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Renders the charts, the PDF digest and the HTML view from the fact table into the staging folder.</summary>
internal sealed class WriteReportsStep : IRunStep
{
    public string Name => "report";

    /// <summary>
    /// On a <see cref="LowPriorityThread{T}"/>: the run waits longer for the store step's facts.sqlite and the run
    /// store's copy from it than for the reports, which take the core that chain leaves.
    /// </summary>
    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var input = Input(context);
        var files = LowPriorityThread.Start("report", () => ReportWriter.Write(input, context.StagingDirectory)).Join();
        context.Logger.LogInformation(
            "Wrote {Digest} ({Pages} pages), {Html} and {Charts} charts", OutputFiles.Digest, files.DigestPages, OutputFiles.Html, files.Charts.Count);
        if (files.MissingCharacters.Count > 0)
        {
            context.Logger.LogWarning("The digest font lacks {Count} character(s) of the documents, left out of the PDF: {Characters}",
                files.MissingCharacters.Count, string.Join(" ", files.MissingCharacters));
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The catalogue as the reading side knows it; the data date, not the clock, dates the digest.</summary>
    internal static ReportInput Input(RunContext context) => Input(context, ReportFacts.Of(context.Table));

    /// <summary>The same over <paramref name="facts"/> read from elsewhere than the run's table (<see cref="StoredReportFacts"/>).</summary>
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
