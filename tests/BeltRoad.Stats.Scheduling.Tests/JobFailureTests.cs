using BeltRoad.Stats.Storage;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Scheduling.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BeltRoad.Stats.Scheduling.Tests;

public sealed class JobFailureTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_run_that_throws_is_recorded_as_failed_and_no_longer_counted_as_going()
    {
        using var work = new Workspace(3);
        var options = ScheduleOptions.Resolve("0 0 6 * * ?", "UTC", runNow: true, new RunOptions(work.Input, work.Output));
        var log = new ListLoggerProvider();
        using var host = SchedulerSetup.Build(options, fireNow: RunTrigger.RunNow, ListLoggerProvider.Into(log), _ => new ReportRunner(publisher: new BrokenPublisher(new AtomicPublisher())));
        var journal = host.Services.GetRequiredService<ScheduleJournal>();
        await host.StartAsync();
        try
        {
            await Wait.Until(() => journal.Runs.Count >= 1, Patience, "the run to be recorded");
        }
        finally
        {
            await host.StopAsync();
        }

        var run = Assert.Single(journal.Runs);
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Contains(BrokenPublisher.DiscardError, run.Message, StringComparison.Ordinal);
        Assert.False(journal.Running);
        Assert.Equal(1, journal.MostAtOnce);
        Assert.Contains(log.Lines, l => l.StartsWith("Error: Run failed unexpectedly", StringComparison.Ordinal));
    }
}
