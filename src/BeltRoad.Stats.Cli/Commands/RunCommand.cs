using System.CommandLine;
using System.Diagnostics;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Configuration;

namespace BeltRoad.Stats.Cli.Commands;

/// <summary><c>run</c>: documents in, fact table, charts, HTML view and PDF digest out.</summary>
internal static class RunCommand
{
    /// <param name="processExitsAfter">Whether the process exits after the run (the program's entry point, not a test host).</param>
    public static Command Create(bool processExitsAfter)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "Folder of documents (*.txt, *.md, searched recursively; UTF-8, UTF-16, GB18030/GBK or Big5).",
            DefaultValueFactory = _ => "seeds",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder the reports are published to (facts.json, facts.csv, facts.sqlite, run.json, charts/, index.html, digest.pdf).",
            DefaultValueFactory = _ => "reports",
        };
        var config = new Option<string?>("--config", "-c") { Description = "JSON settings file (Metrics.File to extend the metric catalogue, Publishing.History). Default: ./appsettings.json if it exists, else embedded defaults (the same rule as schedule and status)." };
        var force = new Option<bool>("--force") { Description = "Regenerate even if inputs, settings and program are unchanged since the last run." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log every step with its timing." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress and no step log on the terminal: warnings and the summary only." };
        var store = StoreArgument.Create();

        var command = new Command("run", "Extract the figures of every document in --input and publish the fact table and reports to --output.\n" + CliApplication.ExitCodeHelp)
        {
            input, output, config, force, verbose, quiet, store,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var console = new ConsoleReporter(parse.InvocationConfiguration.Output, error, parse.GetValue(verbose)) { Quiet = parse.GetValue(quiet) };

            // The console logger's set-up (a dependency-injection container, mostly jitting: the largest part of the time
            // from Main to the run) goes on the other core while the settings are read.
            var loggers = Task.Run(console.CreateLoggerFactory);
            RunOptions options;
            try
            {
                var configFile = RunSettings.ResolveConfigFile(parse.GetValue(config));
                options = new RunOptions(parse.GetValue(input)!, parse.GetValue(output)!, configFile, parse.GetValue(force), StoreOption.Resolve(parse.GetValue(store), configFile));
            }
            catch
            {
                (await loggers.ConfigureAwait(false)).Dispose();
                throw;
            }

            using var logging = await loggers.ConfigureAwait(false);
            var runner = new ReportRunner(logging.CreateLogger("run"))
            {
                Progress = TerminalProgress.For(error, parse.GetValue(quiet)),
                ProcessStarted = ProcessStart(),
                ProcessExitsAfterRun = processExitsAfter,
            };
            var outcome = await runner.RunAsync(options, cancellationToken).ConfigureAwait(false);
            console.Summarize(outcome, options.OutputDirectory);
            await runner.Settled.ConfigureAwait(false);
            return outcome.ExitCode;
        });
        return command;
    }

    private static DateTimeOffset ProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return process.StartTime.ToUniversalTime();
    }
}
