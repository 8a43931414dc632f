using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Publishing;

namespace BeltRoad.Stats.Cli.Tests;

public class LockGiveUpTests
{
    [Fact(Timeout = 60_000)]
    public async Task A_run_that_gives_up_waiting_for_the_output_is_recorded_as_failed_with_exit_code_4()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", Encoding.UTF8.GetBytes("截至2023年6月底，中欧班列累计开行7.4万列。"));
        var output = folder.Sub("out");
        RunOutcome outcome;
        using (await OutputLock.AcquireAsync(output, TimeSpan.Zero, CancellationToken.None))
        {
            outcome = await new ReportRunner { LockWait = TimeSpan.Zero }.RunAsync(new RunOptions(folder.Sub("in"), output));
        }

        Assert.Equal((RunStatus.Failed, ExitCodes.OutputBusy, 4), (outcome.Status, outcome.ExitCode, ExitCodes.OutputBusy));
        Assert.Contains("Another run is writing", outcome.Message, StringComparison.Ordinal);
        var row = Assert.Single(RunLog.Read(RunLog.PathFor(output)));
        Assert.Equal((outcome.RunId, RunStatus.Failed), (row.RunId, row.Status));
    }
}
