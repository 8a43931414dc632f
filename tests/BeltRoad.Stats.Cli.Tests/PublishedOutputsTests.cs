using BeltRoad.Stats.Pipeline.Fingerprinting;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>The manifest's list of a set's files: the set's own, dot-files included; history (with its links to the kept sets) and run.json left out.</summary>
public class PublishedOutputsTests
{
    [Fact]
    public void The_files_listed_are_the_sets_own_without_history_or_run_json()
    {
        using var folder = new TempFolder();
        using var kept = new TempFolder();
        var staging = folder.Path;
        Directory.CreateDirectory(Path.Combine(staging, "texts"));
        Directory.CreateDirectory(Path.Combine(staging, "history"));
        File.WriteAllText(Path.Combine(staging, "facts.json"), "[]");
        File.WriteAllText(Path.Combine(staging, "texts", "a.txt"), "text");
        File.WriteAllText(Path.Combine(staging, ".gitkeep"), "");
        File.WriteAllText(Path.Combine(staging, "run.json"), "{}");
        File.WriteAllText(Path.Combine(staging, "history", "manifest.json"), "{}");
        File.WriteAllText(Path.Combine(kept.Path, "facts.json"), "[]");
        Directory.CreateSymbolicLink(Path.Combine(staging, "history", "20260101T000000Z-aaaaaa"), kept.Path);

        var outputs = PublishedManifestOf.Outputs(staging);

        Assert.Equal([".gitkeep", "facts.json", "texts/a.txt"], outputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, outputs["texts/a.txt"]);
    }
}
