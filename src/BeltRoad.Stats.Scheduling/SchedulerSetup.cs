using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace BeltRoad.Stats.Scheduling;

/// <summary>
/// The Generic Host with Quartz: one job, a cron trigger in the configured time zone, and optionally a
/// one-shot "now" trigger. The policies are stated, not inherited: a firing more than
/// <see cref="MisfireThreshold"/> late fires once now (<see cref="CronTriggerMisfireInstruction.FireAndProceed"/>),
/// firings that come due during a run coalesce into one (<see cref="OverlapPolicy.BufferOne"/>), and
/// shutting down cancels the run in progress and waits for it to discard its staging folder.
/// </summary>
internal static class SchedulerSetup
{
    public static readonly JobKey JobKey = new("regenerate-reports");

    public static readonly TimeSpan MisfireThreshold = TimeSpan.FromSeconds(1);

    public const string CronTriggerName = "cron";

    /// <param name="runner">The run to execute; tests pass one with a slowed-down publisher.</param>
    /// <param name="fireNow">A one-shot firing at start: <see cref="RunTrigger.RunNow"/> or <see cref="RunTrigger.Missed"/>; null for none.</param>
    public static IHost Build(ScheduleOptions options, RunTrigger? fireNow, Action<ILoggingBuilder> logging, Func<IServiceProvider, ReportRunner>? runner = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        logging(builder.Logging);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ScheduleJournal>();
        builder.Services.AddSingleton(new SchedulerStateFile(options.Run.OutputDirectory));
        builder.Services.AddSingleton(runner ?? (sp => new ReportRunner(sp.GetRequiredService<ILoggerFactory>().CreateLogger("BeltRoad.Stats.Run"))));
        builder.Services.AddQuartz(q =>
        {
            // Ctrl+C/SIGTERM cancels the run in progress (its staging is discarded) and waits for it to unwind.
            q.ConfigureScheduler(scheduler =>
            {
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
                // The run log's node column: host and pid, unique among live nodes and says where to look.
                scheduler.InstanceName = "beltroad-stats"; // the same on every node: it names the cluster
                scheduler.InstanceId = RunStart.ThisProcess;
                scheduler.GenerateInstanceId = false;
            });
            if (options.Run.Store is { Provider: StoreProvider.Postgres } shared)
            {
                ClusteredStore.Use(q, shared.ConnectionString, MisfireThreshold);
            }
            else
            {
                q.UseInMemoryStore(store => store.MisfireThreshold = MisfireThreshold);
            }

            q.AddJob<RegenerateReportsJob>(job => job.WithIdentity(JobKey).StoreDurably());
            q.AddTrigger(trigger => trigger
                .ForJob(JobKey)
                .WithIdentity(CronTriggerName)
                .WithSchedule(CronScheduleBuilder.Create(options.Schedule.Cron)
                    .InTimeZone(options.Schedule.TimeZone)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .WithOverlapPolicy(OverlapPolicy.BufferOne));
            if (fireNow is { } oneShot)
            {
                q.AddTrigger(trigger => trigger.ForJob(JobKey).WithIdentity(OneShotName(oneShot)).StartNow());
            }

            q.AddTriggerListener<TriggerEventsLogger>();
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        if (options.Clustered)
        {
            builder.Services.AddHostedService<HelpOtherNodes>(); // this node's share of the runs Quartz fires on the others
        }

        return builder.Build();
    }

    /// <summary>
    /// What a firing was: a one-shot trigger by its name; a cron firing that ran more than the misfire threshold
    /// after its due time (the scheduler was down or busy, Quartz fires the missed one once) is a missed one.
    /// </summary>
    public static RunTrigger TriggerOf(IJobExecutionContext context)
    {
        var name = context.Trigger.Key.Name;
        if (name != CronTriggerName)
        {
            return name == OneShotName(RunTrigger.Missed) ? RunTrigger.Missed : RunTrigger.RunNow;
        }

        return context.ScheduledFireTimeUtc is { } due && context.FireTimeUtc - due > MisfireThreshold ? RunTrigger.Missed : RunTrigger.Cron;
    }

    private static string OneShotName(RunTrigger trigger) => trigger == RunTrigger.Missed ? "missed" : "now";

    /// <summary>One line per event, with a timestamp: what journald or a log file should hold.</summary>
    public static void DefaultLogging(ILoggingBuilder logging, bool verbose)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
        });
        logging.ShowControlsAsEscapes();
        logging.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information);
        logging.AddFilter("Quartz", LogLevel.Warning);
        logging.AddFilter("Microsoft", LogLevel.Warning);
    }
}
