using System.Text.Json;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Scheduling.Tests.Support;

/// <summary>What a reader finds in the output folder, checked for being one complete run.</summary>
internal sealed record PublishedSet(string RunId, IReadOnlySet<string> Names)
{
    /// <summary>Reads the set and fails unless it is whole: every expected file, and all of them from the same run.</summary>
    /// <param name="withRunLog">False for a kept earlier set, which holds no run log of its own.</param>
    public static PublishedSet ReadComplete(string output, IReadOnlySet<string> expectedNames, bool withRunLog = true)
    {
        var names = OutputSnapshot.Names(output);
        Assert.True(expectedNames.SetEquals(names), $"files differ: missing [{string.Join(", ", expectedNames.Except(names))}], extra [{string.Join(", ", names.Except(expectedNames))}]");
        Assert.True(File.Exists(Path.Combine(output, ".gitkeep")), ".gitkeep is gone");

        using var run = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, OutputFiles.RunJson)));
        var runId = run.RootElement.GetProperty("run_id").GetString()!;
        // facts.sqlite ends its run history with the run that wrote it; facts.json parses whole.
        Assert.Equal(runId, FactStore.ReadRuns(Path.Combine(output, OutputFiles.FactsSqlite))[^1].RunId);
        Assert.Equal(run.RootElement.GetProperty("counts").GetProperty("facts").GetInt32(), FactsJsonReader.ReadFile(Path.Combine(output, OutputFiles.FactsJson)).Facts.Count);
        // The run log inside the set records this run as published.
        if (withRunLog)
        {
            Assert.Contains(RunLog.Read(RunLog.PathFor(output)), r => r.RunId == runId && r.Message == "published");
        }

        return new PublishedSet(runId, names);
    }
}
