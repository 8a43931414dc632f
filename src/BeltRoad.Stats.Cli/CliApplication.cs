using System.CommandLine;
using BeltRoad.Stats.Cli.Commands;
using BeltRoad.Stats.Pipeline;

namespace BeltRoad.Stats.Cli;

/// <summary>The command tree. Exit codes: 0 ok, 1 unexpected error, 2 bad usage or configuration, 3 some documents failed or the disk is full, 4 output folder busy, 130 cancelled.</summary>
public static class CliApplication
{
    public const string ExitCodeHelp =
        "Exit codes: 0 ok; 1 unexpected error; 2 bad usage or configuration; 3 some documents failed (the others were processed and published) or the disk is full (no space left; the published set stays); 4 another run held the output folder for the whole wait (nothing done, recorded as a failed run); 130 cancelled (Ctrl+C).";

    /// <param name="processExitsAfter">Whether the process exits once the command is done (<see cref="ReportRunner.ProcessExitsAfterRun"/>).</param>
    public static RootCommand Build(bool processExitsAfter = false)
    {
        var root = new RootCommand(
            "BeltRoad.Stats: extracts the statistics from Belt and Road documents (Chinese and English) into a typed fact table " +
            "with the source span of every figure, and renders charts, an HTML view and a PDF digest.\n\n" +
            "Start with:  beltroad-stats run            (reads ./seeds, writes ./reports)\n" +
            "             beltroad-stats recognize --text \"累计开行 7.4 万列\"\n\n" + ExitCodeHelp);
        root.Add(RunCommand.Create(processExitsAfter));
        root.Add(RecognizeCommand.Create());
        root.Add(ScheduleCommand.Create());
        root.Add(StatusCommand.Create());
        foreach (var command in ExtraCommands)
        {
            root.Add(command());
        }

        return root;
    }

    /// <summary>Commands contributed by other parts (scheduling).</summary>
    internal static List<Func<Command>> ExtraCommands { get; } = [];

    /// <summary>Runs the command <paramref name="args"/> name; only the program's entry point says the process exits after it (a test host does not).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, bool processExitsAfter = false)
    {
        var parse = Build(processExitsAfter).Parse(args);
        // Our own handler, so bad configuration exits 2 with its message instead of the library's stack trace and 1.
        var config = new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config).ConfigureAwait(false);
        }
        catch (ConfigurationException e)
        {
            await config.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }
        catch (OperationCanceledException)
        {
            await config.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            await config.Error.WriteLineAsync($"unexpected error: {e}").ConfigureAwait(false);
            return ExitCodes.Unexpected;
        }
    }
}
