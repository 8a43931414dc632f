using BeltRoad.Stats.Pipeline;
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

    /// <param name="runner">The run to execute; tests pass one with a slowed-down publisher.</param>
    public static IHost Build(ScheduleOptions options, bool fireNow, Action<ILoggingBuilder> logging, Func<IServiceProvider, ReportRunner>? runner = null)
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
            q.ConfigureScheduler(scheduler => scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            q.UseInMemoryStore(store => store.MisfireThreshold = MisfireThreshold);
            q.AddJob<RegenerateReportsJob>(job => job.WithIdentity(JobKey).StoreDurably());
            q.AddTrigger(trigger => trigger
                .ForJob(JobKey)
                .WithIdentity("cron")
                .WithSchedule(CronScheduleBuilder.Create(options.Schedule.Cron)
                    .InTimeZone(options.Schedule.TimeZone)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .WithOverlapPolicy(OverlapPolicy.BufferOne));
            if (fireNow)
            {
                q.AddTrigger(trigger => trigger.ForJob(JobKey).WithIdentity("now").StartNow());
            }

            q.AddTriggerListener<TriggerEventsLogger>();
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder.Build();
    }

    /// <summary>One line per event, with a timestamp: what journald or a log file should hold.</summary>
    public static void DefaultLogging(ILoggingBuilder logging, bool verbose)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
        });
        logging.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information);
        logging.AddFilter("Quartz", LogLevel.Warning);
        logging.AddFilter("Microsoft", LogLevel.Warning);
    }
}
