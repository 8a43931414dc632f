using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Configuration;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Scheduling;

/// <summary>What the <c>schedule</c> command runs, and when. Built only through <see cref="Resolve"/>, which checks everything up front.</summary>
public sealed record ScheduleOptions(CronSchedule Schedule, bool RunNow, RunOptions Run)
{
    /// <summary>
    /// Command-line values win over the configuration file's <c>Schedule</c> section. Everything a run would
    /// only discover at the first firing (hours later) is checked now.
    /// </summary>
    /// <exception cref="ConfigurationException">No or bad cron, unknown time zone, missing input folder, an output folder that is not ours or overlaps the input (OutputFolderCheck), unwritable output folder (exit 2).</exception>
    public static ScheduleOptions Resolve(string? cron, string? timeZone, bool? runNow, RunOptions run)
    {
        var section = ScheduleSection.From(RunSettings.Load(run.ConfigFile).Schedule, run.ConfigFile);
        var expression = cron ?? section.Cron
            ?? throw new ConfigurationException("no schedule: pass --cron \"0 0 6 * * ?\" or set Schedule.Cron in the configuration file");
        var schedule = CronSchedule.Parse(expression, timeZone ?? section.TimeZone);
        if (!Directory.Exists(run.InputDirectory))
        {
            throw new ConfigurationException($"{run.InputDirectory}: input folder not found");
        }

        OutputFolderCheck.Ensure(run.InputDirectory, run.OutputDirectory);
        OutputLock.EnsureWritable(run.OutputDirectory);
        if (run.Store is { } store)
        {
            CheckStore(store);
        }

        return new ScheduleOptions(schedule, runNow ?? section.RunNow ?? false, run);
    }

    /// <summary>A PostgreSQL store: the schedule is Quartz's clustered job store in the same database, shared by every node.</summary>
    public bool Clustered => Run.Store is { Provider: StoreProvider.Postgres };

    /// <summary>Migrates the store now, so a newer schema or an unreachable database stops the scheduler at start (exit 2), not at the first firing.</summary>
    private static void CheckStore(StoreSettings store)
    {
        try
        {
            RunStores.Open(store);
        }
        catch (StoreSchemaException e)
        {
            throw new ConfigurationException(e.Message, e);
        }
        catch (System.Data.Common.DbException e)
        {
            throw new ConfigurationException($"run store {store}: cannot be reached: {e.Message}", e);
        }
    }
}
