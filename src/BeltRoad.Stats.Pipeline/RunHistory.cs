using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline;

/// <summary>The run history carried from one published facts.sqlite to the next, with the current run appended.</summary>
internal static class RunHistory
{
    public static IReadOnlyList<RunRecord> Previous(RunOptions options)
    {
        // The run log has every run, up-to-date and failed ones too; facts.sqlite only the published ones.
        var outputDirectory = options.OutputDirectory;
        var log = Publishing.RunLog.Read(outputDirectory, options.Store);
        if (log.Count > 0)
        {
            return log;
        }

        var path = Path.Combine(outputDirectory, OutputFiles.FactsSqlite);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            return FactStore.ReadRuns(path);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            return [];
        }
    }

    // The run log already holds this run as running: it is replaced by the row as this file records it.
    public static IReadOnlyList<RunRecord> WithCurrent(RunContext context) =>
        [.. Previous(context.Options).Where(r => r.RunId != context.RunId), Current(context, finished: null)];

    public static RunRecord Current(RunContext context, DateTimeOffset? finished) => new(
        context.RunId,
        context.StartedUtc,
        finished,
        context.Account.Listing.Issues.Any(i => i.Severity == Severity.Failure) ? RunStatus.PartiallyFailed : RunStatus.Succeeded,
        context.Fingerprint,
        context.Account.Listing.Documents.Count,
        context.Account.Facts,
        context.Account.Listing.Issues.Count(i => i.Severity == Severity.Warning),
        context.Account.Listing.Issues.Count(i => i.Severity == Severity.Failure),
        context.Changes?.Count(FactChangeKind.Added) ?? 0,
        context.Changes?.Count(FactChangeKind.Removed) ?? 0,
        context.Changes?.Count(FactChangeKind.Changed) ?? 0,
        null,
        context.Start.Node,
        context.Start.Trigger,
        context.Start.ScheduledFireTime);
}
