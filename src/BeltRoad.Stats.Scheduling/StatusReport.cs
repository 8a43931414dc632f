using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Scheduling;

/// <summary>The <c>status</c> command: the published run, the last runs from the run log, and when the next run comes.</summary>
public static class StatusReport
{
    /// <param name="configured">The schedule from --cron or the configuration, for when no scheduler is running.</param>
    /// <param name="store">The run store (<c>--store</c>); null for the output's run log.</param>
    public static void Write(TextWriter output, string outputDirectory, StoreSettings? store, CronSchedule? configured, int count, DateTimeOffset now)
    {
        var full = Path.GetFullPath(outputDirectory);
        output.WriteLine($"Reports: {full}");
        var published = RunReportReader.TryReadRunId(Path.Combine(full, OutputFiles.RunJson));
        var runs = RunLog.Read(full, store);
        if (store is not null)
        {
            output.WriteLine($"Run store: {store}");
        }

        output.WriteLine(published is null ? "Published: nothing yet" : $"Published: run {published}");
        if (runs.Count == 0)
        {
            output.WriteLine("Runs: none recorded yet");
        }
        else
        {
            output.WriteLine($"Last {Math.Min(count, runs.Count)} of {runs.Count} runs, newest first:");
            output.WriteLine($"  {"run id",-24} {"started (UTC)",-19} {"took",7}  {"status",-16} {"docs",5} {"facts",6}  {"+added/-removed/~changed",-24} {"trigger",-8} {"node",-20} message");
            foreach (var run in runs.OrderByDescending(r => r.Started).Take(count))
            {
                output.WriteLine(Row(run));
            }
        }

        output.WriteLine(NextRun(full, configured, now));
    }

    private static string Row(RunRecord run)
    {
        var took = run.Finished is { } f ? (f - run.Started).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s" : "-";
        // Only a published run has counts; an up-to-date, failed or cancelled one read or wrote nothing to count.
        var published = run.Status is RunStatus.Succeeded or RunStatus.PartiallyFailed;
        var changes = published ? $"+{run.ChangesAdded}/-{run.ChangesRemoved}/~{run.ChangesChanged}" : "";
        var documents = published ? run.Documents.ToString(CultureInfo.InvariantCulture) : "";
        var facts = published ? run.Facts.ToString(CultureInfo.InvariantCulture) : "";
        var started = run.Started.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return $"  {run.RunId,-24} {started,-19} {took,7}  {run.Status.Code(),-16} {documents,5} {facts,6}  {changes,-24} {run.Trigger.Code(),-8} {run.Node ?? "-",-20} {DisplayText.Visible(run.Message)}";
    }

    private static string NextRun(string outputDirectory, CronSchedule? configured, DateTimeOffset now)
    {
        if (SchedulerStateFile.Read(outputDirectory) is { } state && state.IsAlive())
        {
            // The state file is data, not trusted: a zone this machine does not know (or none) is shown in UTC.
            var known = state.TimeZone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : null;
            var next = state.NextFireUtc is { } n
                ? TimeZoneInfo.ConvertTime(n, known ?? TimeZoneInfo.Utc).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)
                : "never";
            var zone = known is null ? $"{state.TimeZone} (unknown here; times in UTC)" : state.TimeZone;
            return $"Next run: {next} (scheduler running, pid {state.ProcessId}, cron \"{state.Cron}\" in {zone})";
        }

        if (configured is not null && configured.NextAfter(now) is { } due)
        {
            return $"Next run: {configured.Show(due)} by cron {configured}, once `beltroad-stats schedule` runs (no scheduler is running for this folder)";
        }

        return "Next run: none (no scheduler is running for this folder and no Schedule.Cron is configured)";
    }
}
