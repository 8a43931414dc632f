using System.Text;
using System.Text.Json;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Cli.Tests;

public class RunCommandTests
{
    static RunCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Run_publishes_four_outputs_that_agree_with_each_other()
    {
        using var folder = new TempFolder();
        var output = await RunThreeSeeds(folder);

        var json = JsonDocument.Parse(File.ReadAllBytes(folder.Sub("out/facts.json"))).RootElement.GetProperty("facts").GetArrayLength();
        var csvRows = ReadCsvRecords(folder.Sub("out/facts.csv")) - 1;
        var sqlite = FactStore.ReadFacts(folder.Sub("out/facts.sqlite")).Facts.Count;
        var run = JsonDocument.Parse(File.ReadAllBytes(folder.Sub("out/run.json"))).RootElement;
        Assert.True(json > 20, $"facts: {json}");
        Assert.Equal(json, csvRows);
        Assert.Equal(json, sqlite);
        Assert.Equal(json, run.GetProperty("counts").GetProperty("facts").GetInt32());
        Assert.Equal(3, run.GetProperty("documents").GetArrayLength());
        Assert.All(run.GetProperty("documents").EnumerateArray(), d => Assert.Equal(64, d.GetProperty("sha256").GetString()!.Length));
        Assert.Contains("facts:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_exports_are_the_bytes_its_facts_sqlite_gives_them()
    {
        // The exports are written from the table beside facts.sqlite, not read back from it: the file must hold them whole.
        using var folder = new TempFolder();
        await RunThreeSeeds(folder);
        var stored = FactExport.FromStore(folder.Sub("out/facts.sqlite"));
        var generator = JsonDocument.Parse(File.ReadAllBytes(folder.Sub("out/facts.json"))).RootElement.GetProperty("generator").GetString()!;

        FactsJsonWriter.WriteFile(folder.Sub("again/facts.json"), stored, generator, null);
        FactsCsvWriter.WriteFile(folder.Sub("again/facts.csv"), stored, null);
        FactsParquetWriter.WriteFile(folder.Sub("again/facts.parquet"), stored);

        foreach (var name in new[] { "facts.json", "facts.csv", "facts.parquet" })
        {
            Assert.True(File.ReadAllBytes(folder.Sub("out/" + name)).AsSpan().SequenceEqual(File.ReadAllBytes(folder.Sub("again/" + name))), name);
        }
    }

    // Three seeds run into folder/out; the run's console output, after checking it succeeded.
    private static async Task<string> RunThreeSeeds(TempFolder folder)
    {
        Directory.CreateDirectory(folder.Sub("in"));
        foreach (var seed in Directory.GetFiles(RepoRoot.Seeds, "*.txt").Where(f => Path.GetFileName(f)[..3] is "000" or "002" or "003"))
        {
            File.Copy(seed, folder.Sub("in/" + Path.GetFileName(seed)));
        }

        var (code, output, _) = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"));
        Assert.True(code == 0, output);
        return output;
    }

    [Fact]
    public async Task Mixed_encodings_bad_files_exit_3_and_each_problem_is_named()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", Encoding.UTF8.GetBytes("截至2023年6月底，中欧班列累计开行7.4万列。"));
        folder.Write("in/gbk.txt", Encoding.GetEncoding("gb18030").GetBytes("中国与28个国家和地区签署21个自贸协定。"));
        folder.Write("in/big5.txt", Encoding.GetEncoding("big5").GetBytes("中國與各方合作開展了3000多個務實項目。"));
        folder.Write("in/empty.txt", []);
        folder.Write("in/binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var (code, output, _) = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"));

        Assert.Equal(3, code);
        Assert.Contains("empty.txt", output, StringComparison.Ordinal);
        Assert.Contains("binary.txt", output, StringComparison.Ordinal);
        var facts = JsonDocument.Parse(File.ReadAllBytes(folder.Sub("out/facts.json"))).RootElement.GetProperty("facts").EnumerateArray()
            .Select(f => (f.GetProperty("doc").GetString(), f.GetProperty("value").GetDecimal())).ToList();
        Assert.Contains(("good.txt", 74000m), facts);
        Assert.Contains(("gbk.txt", 28m), facts);
        Assert.Contains(("gbk.txt", 21m), facts);
        Assert.Contains(("big5.txt", 3000m), facts);
        var issues = JsonDocument.Parse(File.ReadAllBytes(folder.Sub("out/run.json"))).RootElement.GetProperty("issues").EnumerateArray()
            .Select(i => (i.GetProperty("doc").GetString(), i.GetProperty("severity").GetString(), i.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(issues, i => i.Item1 == "empty.txt" && i.Item2 == "warning" && i.Item3.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Item1 == "binary.txt" && i.Item2 == "failure" && i.Item3.Contains("binary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_runs_on_the_same_input_give_byte_identical_json_and_csv()
    {
        using var folder = new TempFolder();
        var first = await Cli.Run("run", "--input", RepoRoot.Seeds, "--output", folder.Sub("a"));
        var second = await Cli.Run("run", "--input", RepoRoot.Seeds, "--output", folder.Sub("b"));

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(File.ReadAllBytes(folder.Sub("a/facts.json")), File.ReadAllBytes(folder.Sub("b/facts.json")));
        Assert.Equal(File.ReadAllBytes(folder.Sub("a/facts.csv")), File.ReadAllBytes(folder.Sub("b/facts.csv")));
    }

    [Fact]
    public async Task A_missing_input_folder_or_config_file_is_bad_usage_naming_it()
    {
        using var folder = new TempFolder();
        var missingInput = await Cli.Run("run", "--input", folder.Sub("nope"), "--output", folder.Sub("out"));
        Assert.Equal(2, missingInput.ExitCode);
        Assert.Contains("nope", missingInput.Error, StringComparison.Ordinal);

        var missingConfig = await Cli.Run("run", "--input", RepoRoot.Seeds, "--output", folder.Sub("out"), "--config", folder.Sub("settings.json"));
        Assert.Equal(2, missingConfig.ExitCode);
        Assert.Contains("settings.json", missingConfig.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Sub("out")) && Directory.EnumerateFiles(folder.Sub("out")).Any(), "nothing published on bad usage");
    }

    [Fact]
    public async Task Help_tells_a_newcomer_the_commands_and_exit_codes()
    {
        var (code, output, _) = await Cli.Run("run", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--input", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes", output, StringComparison.Ordinal);
    }

    private static int ReadCsvRecords(string path)
    {
        var text = File.ReadAllText(path);
        int records = 0, i = 0;
        var quoted = false;
        for (; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == '\n' && !quoted)
            {
                records++;
            }
        }

        return records;
    }
}
