using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>
/// The published manifest's stat cache: a file whose size and stamp (inode, last-write and status-change times) are
/// those it had when hashed is not read again; any other file is, and without a manifest every file is.
/// </summary>
public class InputStatCacheTests
{
    // Where the manifest says a.txt's hash is this, a read would give its real SHA-256 instead.
    private const string Recorded = "recorded-not-read";

    [Fact]
    public void A_file_unchanged_since_the_manifest_was_written_is_not_read_again()
    {
        using var folder = new TempFolder();
        var manifest = Published(folder, started: DateTimeOffset.UtcNow.AddSeconds(10));

        var hashes = Hash(folder, manifest);

        Assert.Equal(Recorded, hashes["a.txt"]);
        Assert.Equal(InputFingerprint.Hashes(List(folder))["b.txt"], hashes["b.txt"]);
    }

    [Fact]
    public void A_file_written_again_is_read_again_even_with_its_size_and_last_write_time_put_back()
    {
        using var folder = new TempFolder();
        var manifest = Published(folder, started: DateTimeOffset.UtcNow.AddSeconds(10));
        var path = Path.Combine(folder.Sub("in"), "a.txt");
        var written = File.GetLastWriteTimeUtc(path);
        // Past the kernel clock's tick (a few ms), so the rewrite's status-change time is a later one.
        Thread.Sleep(50);
        File.WriteAllText(path, "截至2023年底，示范班列累计开行9.9万列。\n");
        File.SetLastWriteTimeUtc(path, written);

        Assert.Equal(InputFingerprint.Hashes(List(folder))["a.txt"], Hash(folder, manifest)["a.txt"]);
    }

    [Fact]
    public void A_file_whose_size_changed_is_read_again()
    {
        using var folder = new TempFolder();
        var manifest = Published(folder, started: DateTimeOffset.UtcNow.AddSeconds(10));
        File.AppendAllText(Path.Combine(folder.Sub("in"), "a.txt"), "\n");

        Assert.NotEqual(Recorded, Hash(folder, manifest)["a.txt"]);
    }

    [Fact]
    public void A_file_whose_last_write_time_changed_is_read_again()
    {
        using var folder = new TempFolder();
        var manifest = Published(folder, started: DateTimeOffset.UtcNow.AddSeconds(10));
        var path = Path.Combine(folder.Sub("in"), "a.txt");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(-5));

        Assert.NotEqual(Recorded, Hash(folder, manifest)["a.txt"]);
    }

    [Fact]
    public void The_manifest_of_another_input_folder_says_nothing_of_this_one()
    {
        using var folder = new TempFolder();
        var manifest = Published(folder, started: DateTimeOffset.UtcNow.AddSeconds(10)) with { InputFolder = folder.Sub("elsewhere") };

        Assert.NotEqual(Recorded, Hash(folder, manifest)["a.txt"]);
    }

    [Fact]
    public void A_file_written_just_before_the_run_is_left_out_of_the_manifest()
    {
        using var folder = new TempFolder();
        // Its time stamp may not move if it is written again within the file system's granularity after being hashed.
        var manifest = Published(folder, started: DateTimeOffset.UtcNow);

        Assert.Empty(manifest.Inputs);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{\"version\": 1, \"run_id\": \"x\"")]
    [InlineData("{\"version\": 99, \"run_id\": \"x\", \"input\": \"/\", \"inputs\": [], \"documents\": [], \"outputs\": []}")]
    public void A_missing_damaged_or_newer_manifest_means_hashing_everything(string? text)
    {
        using var folder = new TempFolder();
        if (text is not null)
        {
            folder.Write("out/history/manifest.json", System.Text.Encoding.UTF8.GetBytes(text));
        }

        Assert.Null(PublishedManifest.TryRead(folder.Sub("out")));
    }

    // A published manifest for in/a.txt and in/b.txt, written and read back, with a.txt's hash replaced by Recorded.
    private static PublishedManifest Published(TempFolder folder, DateTimeOffset started)
    {
        Directory.CreateDirectory(folder.Sub("in"));
        Directory.CreateDirectory(folder.Sub("staging"));
        File.WriteAllText(Path.Combine(folder.Sub("in"), "a.txt"), "截至2023年底，示范班列累计开行8.8万列。\n");
        File.WriteAllText(Path.Combine(folder.Sub("in"), "b.txt"), "2023年，合作园区吸引投资约400亿美元。\n");
        var listing = List(folder);
        var hashes = new Dictionary<string, string>(InputFingerprint.Hashes(listing), StringComparer.Ordinal) { ["a.txt"] = Recorded };
        var context = new RunContext(new RunOptions(folder.Sub("in"), folder.Sub("out")), "run-1", started, NullLogger.Instance)
        {
            Inputs = listing,
            InputHashes = hashes,
            StagingDirectory = folder.Sub("staging"),
        };
        PublishedManifestOf.Run(context).Write(PublishedManifest.PathIn(folder.Sub("out")));
        return PublishedManifest.TryRead(folder.Sub("out"))!;
    }

    private static IReadOnlyDictionary<string, string> Hash(TempFolder folder, PublishedManifest manifest) =>
        InputFingerprint.Hashes(List(folder), e => manifest.HashOf(Path.GetFullPath(folder.Sub("in")), e), 2);

    private static InputListing List(TempFolder folder) => InputLister.List(folder.Sub("in"), InputOptions.Default);
}
