using System.CommandLine;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Configuration;
using BeltRoad.Stats.Scheduling;

namespace BeltRoad.Stats.Cli.Commands;

/// <summary><c>schedule</c>: regenerate the reports on a cron schedule, in the foreground, until Ctrl+C or SIGTERM.</summary>
internal static class ScheduleCommand
{
    public const string ExitCodeHelp =
        "Exit codes: 0 stopped (Ctrl+C/SIGTERM) between runs; 2 bad cron, unknown time zone, missing input folder, unwritable output folder or bad configuration; 130 stopped during a run (the run was cancelled, the published reports are the previous complete set).";

    public static Command Create()
    {
        var cron = new Option<string?>("--cron") { Description = "Quartz cron expression, 6-7 fields with seconds: \"0 0 6 * * ?\" is 06:00 daily. Default: Schedule.Cron in the configuration." };
        var timeZone = new Option<string?>("--time-zone") { Description = "IANA time zone the cron is read in, e.g. Asia/Shanghai. Default: Schedule.TimeZone, else the machine's zone." };
        var runNow = new Option<bool>("--run-now") { Description = "Also run once right away (a run is up to date, and cheap, when nothing changed)." };
        var input = new Option<string>("--input", "-i") { Description = "Folder of documents.", DefaultValueFactory = _ => "seeds" };
        var output = new Option<string>("--output", "-o") { Description = "Folder the reports are published to.", DefaultValueFactory = _ => "reports" };
        var config = new Option<string?>("--config", "-c") { Description = "JSON settings file (Schedule, Metrics, Publishing sections). Default: ./appsettings.json if it exists." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log every step with its timing." };
        var store = StoreArgument.Create();
        var command = new Command("schedule", "Regenerate the reports on a cron schedule; a run rewrites nothing when inputs, settings and program are unchanged.\n" + ExitCodeHelp)
        {
            cron, timeZone, runNow, input, output, config, verbose, store,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            ScheduleOptions options;
            try
            {
                var configFile = RunSettings.ResolveConfigFile(parse.GetValue(config));
                var run = new RunOptions(parse.GetValue(input)!, parse.GetValue(output)!, configFile, Store: StoreOption.Resolve(parse.GetValue(store), configFile));
                options = ScheduleOptions.Resolve(parse.GetValue(cron), parse.GetValue(timeZone), parse.GetValue(runNow) ? true : null, run);
            }
            catch (ConfigurationException e)
            {
                // Caught here, not left to the invocation's handler: exit 2 with one line, no stack trace.
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            return await ScheduledRegeneration.RunAsync(options, parse.InvocationConfiguration.Output, parse.GetValue(verbose), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
