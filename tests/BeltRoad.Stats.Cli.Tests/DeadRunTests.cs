using System.Collections.Concurrent;
using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Extracting;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>A run whose process died while reading a document is failed by the next run, which names that document.</summary>
public sealed class DeadRunTests
{
    [Fact(Timeout = 120_000)]
    public async Task The_next_run_fails_a_run_that_died_while_reading_and_names_the_document()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", Encoding.UTF8.GetBytes("截至2023年6月底，中欧班列累计开行7.4万列。"));
        var output = folder.Sub("out");
        await new ReportRunner().RunAsync(new RunOptions(folder.Sub("in"), output));
        // What a process killed while reading deep.docx leaves: its row still running, and its mark.
        var dead = new RunRecord("20261124T060000Z-dead00", DateTimeOffset.UnixEpoch, null, RunStatus.Running, "sha256:x", 0, 0, 0, 0, 0, 0, 0, "running", "node-a", RunTrigger.Cron, null);
        RunLog.Append(RunLog.PathFor(output), dead);
        var marks = ReadingMarks.Begin(output);
        marks.Reading("sub/deep.docx");
        var lines = new ConcurrentQueue<string>();

        await new ReportRunner(new LineLogger(lines)).RunAsync(new RunOptions(folder.Sub("in"), output, Force: true));

        var row = Assert.Single(RunLog.Read(RunLog.PathFor(output)), r => r.RunId == dead.RunId);
        Assert.Equal(RunStatus.Failed, row.Status);
        Assert.Contains("stopped during the run (killed, crashed or cut off) while reading sub/deep.docx;", row.Message, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("stopped while reading sub/deep.docx", StringComparison.Ordinal));
        Assert.False(File.Exists(ReadingMarks.PathFor(output)));
        GC.KeepAlive(marks);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_run_that_ends_leaves_no_marks()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", Encoding.UTF8.GetBytes("截至2023年6月底，中欧班列累计开行7.4万列。"));
        var lines = new ConcurrentQueue<string>();

        await new ReportRunner(new LineLogger(lines)).RunAsync(new RunOptions(folder.Sub("in"), folder.Sub("out")));

        Assert.False(File.Exists(ReadingMarks.PathFor(folder.Sub("out"))));
        Assert.DoesNotContain(lines, l => l.Contains("stopped while reading", StringComparison.Ordinal));
    }
}
