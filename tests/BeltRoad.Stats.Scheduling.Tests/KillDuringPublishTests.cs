using System.Diagnostics;
using BeltRoad.Stats.Scheduling.Tests.Support;
using Xunit.Abstractions;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>
/// Acceptance 2: the real process is killed with SIGKILL again and again, mostly while it publishes; every
/// time the output folder is the old complete set or the new complete set, and the next run cleans up.
/// </summary>
public sealed class KillDuringPublishTests(ITestOutputHelper console)
{
    private const int Kills = 24;

    [Fact]
    public async Task Output_is_always_the_old_or_the_new_complete_set_after_kill_9_during_publishing()
    {
        using var work = new Workspace(0, 3);
        string[] run = ["run", "--input", "input", "--output", "reports", "--force", "--verbose"];
        var first = await CliProcess.Run(work.Root, run);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        var expected = OutputSnapshot.Names(work.Output);
        var current = PublishedSet.ReadComplete(work.Output, expected);

        var random = new Random(20261121);
        int keptOld = 0, gotNew = 0, finishedFirst = 0, killedInPublish = 0;
        // How long publishing lasts here (it grows with the history it links): measured on a run left alone, re-measured whenever one finishes first.
        var window = (await RunAndKill(work, run, aimAtPublish: true, delayMs: 60_000)).PublishMs;
        current = PublishedSet.ReadComplete(work.Output, expected);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Kills; i++)
        {
            // Most kills aim at publishing: at a random point of the publishing window, which starts when the
            // staging folder gets its history (the publisher's first act); every fourth at a random moment of the whole run.
            var aimAtPublish = i % 4 != 3;
            var (exited, sawPublish, publishMs) = await RunAndKill(work, run, aimAtPublish, aimAtPublish ? random.Next(0, Math.Max(2, window)) : random.Next(0, 900));
            finishedFirst += exited ? 1 : 0;
            killedInPublish += sawPublish && !exited ? 1 : 0;
            window = exited && sawPublish ? publishMs : window;

            var after = PublishedSet.ReadComplete(work.Output, expected);
            if (after.RunId == current.RunId)
            {
                keptOld++;
            }
            else
            {
                gotNew++;
            }

            current = after;
        }

        console.WriteLine($"{Kills} kills in {watch.Elapsed.TotalSeconds:F1} s: {killedInPublish} during publishing (window {window} ms); {keptOld} left the old set, {gotNew} the new set, {finishedFirst} finished before the kill");

        // A clean run after all that removes every leftover beside the output and publishes normally.
        var last = await CliProcess.Run(work.Root, run);
        Assert.True(last.ExitCode == 0, last.Output + last.Error);
        Assert.NotEqual(current.RunId, PublishedSet.ReadComplete(work.Output, expected).RunId);
        Assert.Empty(Directory.GetDirectories(work.Root, ".reports.*"));
        Assert.True(keptOld > 0 && gotNew > 0, $"kills should land both before and after the swap ({keptOld} old, {gotNew} new)");
        Assert.True(killedInPublish >= Kills / 2, $"only {killedInPublish} of {Kills} kills landed during publishing");
    }

    /// <summary>
    /// Starts a run and SIGKILLs it <paramref name="delayMs"/> after it starts publishing (or after it starts,
    /// when not <paramref name="aimAtPublish"/>). Publishing is seen from outside: the staging folder beside
    /// the output gets its <c>history</c> folder. Returns whether the run had already exited, whether
    /// publishing was seen, and how long from then until the process ended.
    /// </summary>
    private static async Task<(bool Exited, bool SawPublish, int PublishMs)> RunAndKill(Workspace work, string[] args, bool aimAtPublish, int delayMs)
    {
        // A killed run's staging folder stays until the next run clears it; only this run's counts.
        var leftovers = Directory.GetDirectories(work.Root, ".reports.staging-*").ToHashSet();
        using var process = CliProcess.Start(work.Root, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var sawPublish = false;
        var clock = Stopwatch.StartNew();
        while (aimAtPublish && !process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (Directory.GetDirectories(work.Root, ".reports.staging-*").Any(d => !leftovers.Contains(d) && Directory.Exists(Path.Combine(d, "history"))))
            {
                sawPublish = true;
                break;
            }

            Thread.Sleep(1);
        }

        var seenAt = clock.Elapsed;
        var exited = process.WaitForExit(delayMs);
        if (!exited)
        {
            process.Kill(); // SIGKILL on Unix: no handler, no cleanup
        }

        await process.WaitForExitAsync();
        var publishMs = (int)(clock.Elapsed - seenAt).TotalMilliseconds;
        await Task.WhenAll(output, error);
        return (exited, sawPublish, publishMs);
    }
}
