using System.Text.Json;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>run.json times what a run costs outside its extract-to-report steps too, so a benchmark can show it.</summary>
public class RunTimingsTests
{
    [Fact]
    public async Task Run_json_times_the_process_start_the_preparation_and_the_history_carried()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", System.Text.Encoding.UTF8.GetBytes("截至2023年底，示范班列累计开行8.8万列。\n"));

        var (code, _, error) = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"), "--quiet");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder.Sub("out"), "run.json")));
        var steps = json.RootElement.GetProperty("timings").EnumerateArray().Select(t => t.GetProperty("step").GetString()).ToList();
        Assert.Equal(["start", "prepare", "settings", "fingerprint", "stage", "extract", "compare", "store", "report", "history"], steps);
    }
}
