using System.Data.Common;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Extracting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Scheduling;

/// <summary>
/// On a node of the clustered schedule (PostgreSQL store): while another node's run is open, this node takes its share
/// of the run's documents (<see cref="ClusterHelper"/>); between runs it asks the store twice a second whether one is
/// open. Quartz fires the job on one node, which enqueues the documents, assembles and publishes; the others help here.
/// Stopping (SIGTERM) lets go of the claims not done, so the run's node takes them at once.
/// </summary>
internal sealed class HelpOtherNodes(ScheduleOptions options, ILogger<HelpOtherNodes> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    // After a failure (the store unreachable, a configuration that does not read): the log says so this often at most.
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var helper = new ClusterHelper(options.Run, logger, TimeProvider.System);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Poll;
            try
            {
                if (await helper.HelpAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    continue; // another run may be open already
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or ConfigurationException or InvalidOperationException)
            {
                logger.LogWarning("Could not help with another node's run: {Message}; trying again in {Seconds:0} s", e.Message, AfterFailure.TotalSeconds);
                wait = AfterFailure;
            }

            try
            {
                await Task.Delay(wait, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
