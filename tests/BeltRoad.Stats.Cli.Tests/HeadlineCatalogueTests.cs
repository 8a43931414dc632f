namespace BeltRoad.Stats.Cli.Tests;

/// <summary>Headlines.File: a user's headline series, refused by name when missing or malformed, part of the fingerprint.</summary>
public class HeadlineCatalogueTests
{
    [Fact]
    public async Task A_missing_or_malformed_headline_catalogue_is_bad_configuration_naming_the_file()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Sub("missing.json"), """{ "Headlines": { "File": "nowhere.json" } }""");
        File.WriteAllText(folder.Sub("bad.json"), """{ "Headlines": { "File": "bad-headlines.json" } }""");
        File.WriteAllText(folder.Sub("bad-headlines.json"), """{ "series": [ { "entity": "中欧班列", "indicator": "开行列数", "unit": "furlongs" } ] }""");

        var missing = await Cli.Run("run", "--input", RepoRoot.Seeds, "--output", folder.Sub("out1"), "--config", folder.Sub("missing.json"));
        var bad = await Cli.Run("run", "--input", RepoRoot.Seeds, "--output", folder.Sub("out2"), "--config", folder.Sub("bad.json"));

        Assert.Equal((2, 2), (missing.ExitCode, bad.ExitCode));
        Assert.Contains("nowhere.json: headline catalogue not found", missing.Error, StringComparison.Ordinal);
        Assert.Contains("bad-headlines.json: not a headline catalogue", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_the_headline_catalogue_regenerates_the_reports()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Sub("in"));
        File.Copy(Path.Combine(RepoRoot.Seeds, "002_f8368e55564781a0.txt"), folder.Sub("in/002.txt"));
        File.WriteAllText(folder.Sub("settings.json"), """{ "Headlines": { "File": "mine.json" } }""");
        File.WriteAllText(folder.Sub("mine.json"), """{ "series": [ { "entity": "中欧班列", "indicator": "开行列数" } ] }""");
        var args = new[] { "run", "--input", folder.Sub("in"), "--output", folder.Sub("out"), "--config", folder.Sub("settings.json") };

        var first = await Cli.Run(args);
        var same = await Cli.Run(args);
        File.WriteAllText(folder.Sub("mine.json"), """{ "replace": true, "series": [ { "entity": "中老铁路", "indicator": "旅客发送人次" } ] }""");
        var edited = await Cli.Run(args);

        Assert.Equal((0, 0, 0), (first.ExitCode, same.ExitCode, edited.ExitCode));
        Assert.Contains(": UpToDate", same.Output, StringComparison.Ordinal);
        Assert.Contains(": Succeeded", edited.Output, StringComparison.Ordinal);
    }
}
