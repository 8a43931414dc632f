using BeltRoad.Stats.Scheduling.Tests.Support;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>Acceptance 3, through the real process: each problem is named on stderr and exits 2, before anything is scheduled.</summary>
public sealed class ScheduleExitCodeTests
{
    public static TheoryData<string, string[], string> Problems => new()
    {
        { "bad cron", ["--cron", "0 0 25 * * ?"], "cron \"0 0 25 * * ?\" is not a valid Quartz cron expression" },
        { "five-field cron", ["--cron", "0 6 * * *"], "is not a valid Quartz cron expression" },
        { "unknown time zone", ["--cron", "0 0 6 * * ?", "--time-zone", "Asia/Shanghia"], "time zone \"Asia/Shanghia\" is unknown" },
        { "missing input folder", ["--cron", "0 0 6 * * ?", "--input", "no-such-folder"], "no-such-folder: input folder not found" },
        { "output under a file", ["--cron", "0 0 6 * * ?", "--output", "a-file/reports"], "output folder is not writable" },
        { "no cron at all", [], "no schedule: pass --cron" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task Schedule_refuses_with_a_clear_message_and_exit_code_2(string problem, string[] args, string message)
    {
        using var work = new Workspace(3);
        File.WriteAllText(Path.Combine(work.Root, "a-file"), "not a folder");
        string[] input = args.Contains("--input") ? [] : ["--input", "input"];
        string[] output = args.Contains("--output") ? [] : ["--output", "reports"];
        var (code, stdout, error) = await CliProcess.Run(work.Root, ["schedule", .. input, .. output, .. args]);
        Assert.True(code == 2, $"{problem}: exit {code}\n{stdout}\n{error}");
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Next runs", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_shows_the_runs_and_the_next_fire_time_of_the_configured_cron()
    {
        using var work = new Workspace(3);
        File.WriteAllText(Path.Combine(work.Root, "appsettings.json"), """{ "Schedule": { "Cron": "0 30 6 * * ?", "TimeZone": "Asia/Shanghai" } }""");
        var first = await CliProcess.Run(work.Root, "run", "--input", "input", "--output", "reports");
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        var second = await CliProcess.Run(work.Root, "run", "--input", "input", "--output", "reports");
        Assert.True(second.ExitCode == 0, second.Output + second.Error);

        var (code, output, error) = await CliProcess.Run(work.Root, "status", "--output", "reports");

        Assert.True(code == 0, output + error);
        Assert.Contains("Last 2 of 2 runs", output, StringComparison.Ordinal);
        Assert.Contains(" up_to_date ", output, StringComparison.Ordinal);
        Assert.Contains(" succeeded ", output, StringComparison.Ordinal);
        Assert.Matches(@"Next run: \d{4}-\d\d-\d\d 06:30:00 \+08:00 by cron ""0 30 6 \* \* \?"" \(Asia/Shanghai\)", output);
    }
}
