using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Scheduling;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Cli;

/// <summary>What a person sees: progress on an interactive terminal only, then a short summary.</summary>
internal sealed class ConsoleReporter(TextWriter output, TextWriter error, bool verbose)
{
    /// <summary>--quiet: a terminal gets what a redirected run gets, warnings only.</summary>
    public bool Quiet { get; init; }

    public ILoggerFactory CreateLoggerFactory()
    {
        // Interactive terminals get step-by-step progress; redirected output (CI, cron) gets warnings only,
        // on standard error, so the summary on standard output stays clean.
        var interactive = !Quiet && !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error);
        var level = verbose ? LogLevel.Debug : interactive ? LogLevel.Information : LogLevel.Warning;
        return LoggerFactory.Create(builder => builder
            .SetMinimumLevel(level)
            .AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            })
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .ShowControlsAsEscapes());
    }

    public void Summarize(RunOutcome outcome, string outputDirectory)
    {
        var table = outcome.Account.Listing;
        output.WriteLine($"Run {outcome.RunId}: {outcome.Status} — {DisplayText.Visible(outcome.Message)}");
        if (outcome.Status is RunStatus.Succeeded or RunStatus.PartiallyFailed or RunStatus.UpToDate)
        {
            output.WriteLine($"  output: {Path.GetFullPath(outputDirectory)}{Path.DirectorySeparatorChar} ({string.Join(", ", OutputFiles.Published)})");
        }

        if (outcome.Status == RunStatus.UpToDate)
        {
            return;
        }

        output.WriteLine($"  documents: {table.Documents.Count}   facts: {outcome.Account.Facts}   cross-document findings: {table.Findings.Count}   skipped mentions: {table.Skipped.Count}");
        // The counts run.json reports (counted once, when the run's table was made).
        foreach (var (metric, count) in outcome.Account.FactsByMetric.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {metric,-20} {count,5}");
        }

        foreach (var issue in outcome.Issues)
        {
            // A file name is whatever the file system allows: a newline in it must not make a line of this summary.
            output.WriteLine($"  {(issue.Severity == Severity.Failure ? "FAILED" : "warning")}: {DisplayText.Visible(issue.Doc)}: {DisplayText.Visible(issue.Message)}");
        }

        if (outcome.Changes is { } changes)
        {
            output.WriteLine($"  since run {changes.PreviousRunId}: {changes.Count(FactChangeKind.Added)} added, {changes.Count(FactChangeKind.Removed)} removed, {changes.Count(FactChangeKind.Changed)} changed");
        }

        var total = StepTiming.Total(outcome.Timings);
        output.WriteLine($"  time: {total.TotalMilliseconds:F0} ms ({string.Join(", ", outcome.Timings.Select(t => $"{t.Step} {t.Elapsed.TotalMilliseconds:F0}"))})");
    }
}
