using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Configuration;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Scheduling.Tests.Support;

namespace BeltRoad.Stats.Scheduling.Tests;

public sealed class ChangeDetectionTests
{
    [Fact]
    public async Task An_unchanged_input_is_up_to_date_rewrites_nothing_and_is_still_recorded_and_force_regenerates()
    {
        using var work = new Workspace(3);
        var runner = new ReportRunner();
        var first = await runner.RunAsync(new RunOptions(work.Input, work.Output));
        var published = OutputSnapshot.Take(work.Output);

        var second = await runner.RunAsync(new RunOptions(work.Input, work.Output));
        Assert.Equal(published, OutputSnapshot.Take(work.Output));
        var forced = await runner.RunAsync(new RunOptions(work.Input, work.Output, Force: true));

        Assert.Equal([RunStatus.Succeeded, RunStatus.UpToDate, RunStatus.Succeeded], new[] { first.Status, second.Status, forced.Status });
        Assert.Equal(0, second.ExitCode);
        Assert.NotEqual(published["run.json"], OutputSnapshot.Take(work.Output)["run.json"]);
        var log = RunLog.Read(RunLog.PathFor(work.Output));
        Assert.Equal([first.RunId, second.RunId, forced.RunId], log.Select(r => r.RunId));
        Assert.Equal(log[0].Fingerprint, log[1].Fingerprint);
        Assert.StartsWith("sha256:", log[1].Fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fingerprint_follows_file_contents_names_and_configuration_but_not_the_folder_path()
    {
        using var work = new Workspace(3);
        using var moved = new Workspace(3);
        string Print(Workspace w, string? config = null) =>
            InputFingerprint.Compute(new RunOptions(w.Input, w.Output, config), RunSettings.Load(config), "1.0.0");

        var original = Print(work);
        Assert.Equal(original, Print(moved));
        Assert.NotEqual(original, InputFingerprint.Compute(new RunOptions(work.Input, work.Output), RunSettings.Default, "1.0.1"));

        var config = Path.Combine(work.Root, "settings.json");
        File.WriteAllText(config, """{ "Publishing": { "History": 3 } }""");
        var withConfig = Print(work, config);
        Assert.NotEqual(original, withConfig);
        File.WriteAllText(config, """{ "Publishing": { "History": 4 } }""");
        Assert.NotEqual(withConfig, Print(work, config));

        var file = Directory.GetFiles(work.Input).Single();
        File.AppendAllText(file, " ");
        var edited = Print(work);
        Assert.NotEqual(original, edited);
        File.Move(file, Path.Combine(work.Input, "renamed.txt"));
        Assert.NotEqual(edited, Print(work));
    }

    [Fact]
    public async Task A_rebuilt_program_is_logged_as_program_changed_and_a_changed_input_as_inputs_changed()
    {
        using var work = new Workspace(2);
        using var log = new ListLoggerProvider();
        var runner = new ReportRunner(log.CreateLogger("run"));
        await runner.RunAsync(new RunOptions(work.Input, work.Output));
        var runJson = Path.Combine(work.Output, OutputFiles.RunJson);
        var published = File.ReadAllText(runJson);
        File.WriteAllText(runJson, published
            .Replace(InputFingerprint.ProgramVersion, "0.0.9 0badbuild", StringComparison.Ordinal)
            .Replace("\"fingerprint\": \"sha256:", "\"fingerprint\": \"sha256:0", StringComparison.Ordinal));

        await runner.RunAsync(new RunOptions(work.Input, work.Output));
        File.AppendAllText(Directory.GetFiles(work.Input)[0], "\n共有25个国家参加。");
        await runner.RunAsync(new RunOptions(work.Input, work.Output));

        Assert.Contains(log.Lines, l => l.Contains("Program changed since the published run (build 0.0.9 0badbuild", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains("Inputs or settings changed since the published run", StringComparison.Ordinal));
    }
}

