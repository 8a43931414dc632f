using System.Text;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Publishing;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>
/// Issue 52: <c>--output</c> pointed where a run would adopt, move or delete someone's files, or read its own output
/// back, is refused with exit 2 before anything is created or moved; the file that must survive does, untouched.
/// </summary>
public class CarelessOutputTests
{
    private const int Bounded = 120_000;
    private const string Good = "截至2023年6月底，中欧班列累计开行7.4万列。";

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        // case, the input folder, the output folder, words of the refusal (relative to the test's folder)
        { "a folder of someone's files", "in", "mine", "holds precious.doc, and is not a report set" },
        { "the input folder", "in", "in", "is the input folder" },
        { "a link to the input folder", "in", "link-to-in", "is the input folder" },
        { "inside the input folder", "in", "in/reports", "is inside the input folder" },
        { "around the input folder", "mine/in", "mine", "contains the input folder" },
    };

    [Theory(Timeout = Bounded)]
    [MemberData(nameof(Cases))]
    public async Task An_output_folder_that_is_not_the_programs_to_replace_is_refused_and_nothing_is_moved(string name, string input, string output, string words)
    {
        using var folder = new TempFolder();
        folder.Write(input + "/good.txt", Encoding.UTF8.GetBytes(Good));
        var precious = folder.Write("mine/precious.doc", Encoding.UTF8.GetBytes("the only copy"));
        Directory.CreateSymbolicLink(folder.Sub("link-to-in"), folder.Sub(input));
        var before = Snapshot(folder.Path);

        var (exit, _, error) = await Cli.Run("run", "--input", folder.Sub(input), "--output", folder.Sub(output));

        Assert.True(exit == 2, $"{name}: exit {exit}\n{error}");
        Assert.Contains($"{folder.Sub(output)}: cannot be the output folder: it {words}", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(folder.Path));
        Assert.Equal("the only copy", File.ReadAllText(precious));
    }

    [Fact(Timeout = Bounded)]
    public async Task The_scheduler_refuses_such_a_folder_before_it_starts()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", Encoding.UTF8.GetBytes(Good));
        folder.Write("mine/precious.doc", Encoding.UTF8.GetBytes("the only copy"));

        var (exit, _, error) = await Cli.Run("schedule", "--cron", "0 0 6 * * ?", "--input", folder.Sub("in"), "--output", folder.Sub("mine"));

        Assert.Equal(2, exit);
        Assert.Contains("holds precious.doc, and is not a report set", error, StringComparison.Ordinal);
        Assert.Equal(["precious.doc"], Directory.EnumerateFileSystemEntries(folder.Sub("mine")).Select(Path.GetFileName));
    }

    [Fact(Timeout = Bounded)]
    public async Task A_published_set_an_empty_folder_and_the_run_log_of_a_first_run_that_published_nothing_are_outputs()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", Encoding.UTF8.GetBytes(Good));
        folder.Write("empty/.gitkeep", []);
        folder.Write("failed/history/runs.sqlite", []);
        folder.Write("failed/history/extractions.sqlite", []);

        Assert.Equal(0, (await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("empty"))).ExitCode);
        Assert.Equal(0, (await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("empty"), "--force")).ExitCode);
        OutputFolderCheck.Ensure(folder.Sub("in"), folder.Sub("failed"));
        Assert.True(File.Exists(folder.Sub("empty/.gitkeep")));
    }

    [Fact(Timeout = Bounded)]
    public async Task A_folder_someone_put_in_history_is_carried_and_never_rotated_out()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", Encoding.UTF8.GetBytes(Good));
        folder.Write("settings.json", """{ "Publishing": { "History": 1 } }"""u8.ToArray());
        Assert.Equal(0, (await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"), "--config", folder.Sub("settings.json"))).ExitCode);
        folder.Write("out/history/notes/precious.doc", Encoding.UTF8.GetBytes("the only copy"));

        for (var run = 0; run < 4; run++)
        {
            Assert.Equal(0, (await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"), "--config", folder.Sub("settings.json"), "--force")).ExitCode);
        }

        Assert.Equal("the only copy", File.ReadAllText(folder.Sub("out/history/notes/precious.doc")));
        Assert.Single(Directory.GetDirectories(folder.Sub("out/history")), d => Path.GetFileName(d) != "notes");
    }

    [Fact(Timeout = Bounded)]
    public async Task A_report_set_copied_into_the_input_folder_is_not_read_as_documents()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", Encoding.UTF8.GetBytes(Good));
        Assert.Equal(0, (await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"))).ExitCode);
        ExternalProcess.Run("cp", "-r", folder.Sub("out"), folder.Sub("in/old-reports"));

        var (exit, output, _) = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"));

        Assert.True(exit == 0, output);
        Assert.Contains("old-reports: a report set this program published", output, StringComparison.Ordinal);
        Assert.Contains("documents: 1 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_listing_knows_a_report_set_by_the_files_every_published_set_holds() =>
        Assert.Equal(
            [OutputFiles.RunJson, $"{OutputFiles.HistoryFolder}/{BeltRoad.Stats.Pipeline.Fingerprinting.PublishedManifest.FileName}"],
            BeltRoad.Stats.Extraction.Loading.InputLister.ReportSetMarkers);

    // Every path under the folder with its size: what "nothing was created, moved or deleted" compares.
    private static List<string> Snapshot(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(p => $"{Path.GetRelativePath(root, p)} {(File.Exists(p) ? new FileInfo(p).Length : -1)}").Order(StringComparer.Ordinal)];
}
