using BeltRoad.Stats.Reporting;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Renders the charts, the PDF digest and the HTML view from the fact table into the staging folder.</summary>
internal sealed class WriteReportsStep : IRunStep
{
    public string Name => "report";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var files = ReportWriter.Write(Input(context), context.StagingDirectory);
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
    internal static ReportInput Input(RunContext context) => new(
        context.Table,
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
