using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Configuration;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Scheduling.Tests.Support;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary><c>run</c>, <c>schedule</c> and <c>status</c> find the configuration by one rule, so they agree on the fingerprint.</summary>
public sealed class ConfigResolutionTests
{
    [Fact]
    public void An_explicit_file_wins_and_without_one_the_working_folders_appsettings_json_is_used_if_there()
    {
        Assert.Equal("elsewhere.json", RunSettings.ResolveConfigFile("elsewhere.json"));
        var expected = File.Exists(RunSettings.DefaultFileName) ? RunSettings.DefaultFileName : null;
        Assert.Equal(expected, RunSettings.ResolveConfigFile(null));
    }

    [Fact]
    public async Task Run_reads_the_working_folders_appsettings_json_like_schedule_so_an_explicit_config_is_still_up_to_date()
    {
        using var work = new Workspace(3);
        var config = Path.Combine(work.Root, "appsettings.json");
        File.WriteAllText(config, """{ "Schedule": { "Cron": "0 0 6 * * ?", "TimeZone": "UTC" }, "Publishing": { "History": 4 } }""");

        var implicitRun = await CliProcess.Run(work.Root, "run", "--input", "input", "--output", "reports");
        Assert.True(implicitRun.ExitCode == 0, implicitRun.Output + implicitRun.Error);
        var explicitRun = await CliProcess.Run(work.Root, "run", "--input", "input", "--output", "reports", "--config", "appsettings.json");
        Assert.True(explicitRun.ExitCode == 0, explicitRun.Output + explicitRun.Error);

        // The fingerprint schedule computes for the same folder and file (it resolves ./appsettings.json the same way).
        var scheduled = ScheduleOptions.Resolve(null, null, null, new RunOptions(work.Input, work.Output, config));
        var expected = InputFingerprint.Compute(scheduled.Run, RunSettings.Load(config), InputFingerprint.ProgramVersion);
        Assert.Equal(expected, RunReportReader.TryReadFingerprint(Path.Combine(work.Output, OutputFiles.RunJson)));
        Assert.Equal([RunStatus.Succeeded, RunStatus.UpToDate], RunLog.Read(RunLog.PathFor(work.Output)).Select(r => r.Status));
    }
}
