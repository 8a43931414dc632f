using System.Text;
using System.Text.Json;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>
/// Issue 11's acceptance: whatever sits in the input folder beside a good document, <c>run</c> finishes (each test is
/// bounded), exits 0 or 3, names the problem in run.json and on the console, and publishes the good document's facts.
/// </summary>
public class BadInputFolderTests
{
    private const int Bounded = 120_000;

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        // case, shell script run in the input folder, the entry named, words of its reason
        { "fifo", "mkfifo x.txt", "x.txt", "named pipe" },
        { "link to /dev/zero", "ln -s /dev/zero zero.txt", "zero.txt", "outside the input folder" },
        { "dangling link", "ln -s missing.txt gone.txt", "gone.txt", "dangling" },
        { "file link loop", "ln -s b.txt a.txt && ln -s a.txt b.txt", "a.txt", "loop" },
        { "directory loop", "ln -s . loop && mkdir sub && ln -s .. sub/up", "loop", "directory loop" },
        { "outside link", "ln -s /etc/passwd passwd.txt", "passwd.txt", "outside the input folder" },
        { "non-UTF-8 name", "printf '共有25个国家参加。' > \"$(printf 'bad\\377.txt')\"", "bad\\xFF.txt", "not valid UTF-8" },
        { "binary", "printf 'PK\\003\\004\\000\\000\\000\\000' > zip.txt", "zip.txt", "binary" },
    };

    [Theory(Timeout = Bounded)]
    [MemberData(nameof(Cases))]
    public async Task The_run_finishes_names_the_entry_and_publishes_the_rest(string name, string script, string entry, string reason)
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", Encoding.UTF8.GetBytes("截至2023年6月底，中欧班列累计开行7.4万列。"));
        var (code, _, error) = ExternalProcess.Run("sh", "-ec", $"cd '{folder.Sub("in")}' && {script}");
        Assert.True(code == 0, error);

        var (exit, output, _) = await Task.Run(() => Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out")));

        Assert.True(exit is 0 or 3, $"{name}: exit {exit}\n{output}");
        Assert.Contains(entry, output, StringComparison.Ordinal);
        var run = JsonDocument.Parse(File.ReadAllBytes(folder.Sub("out/run.json"))).RootElement;
        Assert.Contains(run.GetProperty("issues").EnumerateArray(), i => i.GetProperty("doc").GetString() == entry && i.GetProperty("message").GetString()!.Contains(reason, StringComparison.Ordinal));
        var facts = JsonDocument.Parse(File.ReadAllBytes(folder.Sub("out/facts.json"))).RootElement.GetProperty("facts").EnumerateArray();
        Assert.Contains(facts, f => f.GetProperty("doc").GetString() == "good.txt" && f.GetProperty("value").GetDecimal() == 74000m);
    }

    [Fact(Timeout = Bounded)]
    public async Task A_missing_input_folder_creates_nothing()
    {
        using var folder = new TempFolder();

        var (exit, _, error) = await Cli.Run("run", "--input", folder.Sub("seeds"), "--output", folder.Sub("reports"));

        Assert.Equal(2, exit);
        Assert.Contains("input folder not found", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact(Timeout = Bounded)]
    public async Task A_run_names_the_output_folder_and_an_up_to_date_run_shows_the_published_counts()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", Encoding.UTF8.GetBytes("截至2023年6月底，中欧班列累计开行7.4万列。"));

        var first = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"));
        var second = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"));

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains($"output: {folder.Sub("out")}", first.Output, StringComparison.Ordinal);
        Assert.Contains("digest.pdf", first.Output, StringComparison.Ordinal);
        Assert.Contains("UpToDate", second.Output, StringComparison.Ordinal);
        Assert.Contains("the published set: 1 documents, 1 facts", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("facts: 0", second.Output, StringComparison.Ordinal);
    }
}
