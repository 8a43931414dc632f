using System.CommandLine;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Configuration;
using BeltRoad.Stats.Scheduling;

namespace BeltRoad.Stats.Cli.Commands;

/// <summary><c>status</c>: the published run, the last runs (published, up to date, failed, cancelled) and the next fire time.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o") { Description = "Folder the reports are published to.", DefaultValueFactory = _ => "reports" };
        var config = new Option<string?>("--config", "-c") { Description = "JSON settings file whose Schedule section gives the next fire time when no scheduler is running. Default: ./appsettings.json if it exists." };
        var cron = new Option<string?>("--cron") { Description = "Cron to compute the next fire time with, instead of Schedule.Cron." };
        var timeZone = new Option<string?>("--time-zone") { Description = "IANA time zone for --cron." };
        var count = new Option<int>("--last", "-n") { Description = "How many runs to show.", DefaultValueFactory = _ => 10 };
        var store = StoreArgument.Create();
        var command = new Command("status", "Show the last runs and when the next scheduled run is.\nExit codes: 0 shown; 2 bad configuration, cron or time zone.")
        {
            output, config, cron, timeZone, count, store,
        };
        command.SetAction(parse =>
        {
            CronSchedule? schedule;
            Storage.StoreSettings? runStore;
            try
            {
                var configFile = RunSettings.ResolveConfigFile(parse.GetValue(config));
                runStore = StoreOption.Resolve(parse.GetValue(store), configFile);
                var section = ScheduleSection.From(RunSettings.Load(configFile).Schedule, configFile);
                var expression = parse.GetValue(cron) ?? section.Cron;
                schedule = expression is null ? null : CronSchedule.Parse(expression, parse.GetValue(timeZone) ?? section.TimeZone);
            }
            catch (ConfigurationException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadUsage;
            }

            StatusReport.Write(parse.InvocationConfiguration.Output, parse.GetValue(output)!, runStore, schedule, Math.Max(1, parse.GetValue(count)), DateTimeOffset.UtcNow);
            return 0;
        });
        return command;
    }
}
