using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Scheduling.Tests.Support;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>
/// The program's process (the natively compiled, deployed build when <c>BELTROAD_STATS_CLI</c> names it, as CI runs these
/// tests) draws the same chart bytes and the same digest as the same run inside this (JIT-compiled) test process: Skia,
/// HarfBuzz and the font reach the deployed build whole, and nothing in drawing depends on how the code was compiled.
/// </summary>
public sealed class ChartBytesTests
{
    [Fact]
    public async Task The_program_process_draws_the_same_charts_and_digest_as_a_run_in_this_process()
    {
        using var work = new Workspace(0, 1, 2, 3, 4);
        var (code, output, error) = await CliProcess.Run(work.Root, "run", "--input", "input", "--output", "reports");
        Assert.True(code == 0, output + error);
        var here = Path.Combine(work.Root, "here");
        var outcome = await new ReportRunner().RunAsync(new RunOptions(work.Input, here));
        Assert.Equal(Domain.RunStatus.Succeeded, outcome.Status);

        var charts = Directory.GetFiles(Path.Combine(work.Output, "charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(charts, c => c!.EndsWith(".png", StringComparison.Ordinal));
        Assert.Equal(charts, Directory.GetFiles(Path.Combine(here, "charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(charts, c => Assert.True(
            File.ReadAllBytes(Path.Combine(work.Output, "charts", c!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(here, "charts", c!))), c));
        Assert.Equal(File.ReadAllBytes(Path.Combine(here, "digest.pdf")), File.ReadAllBytes(Path.Combine(work.Output, "digest.pdf")));
    }
}
