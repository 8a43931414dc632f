using System.Collections.Concurrent;
using System.Globalization;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Extracting;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>
/// A run streams its documents through parallel workers and an extraction cache; neither may change a byte of what
/// is published. Our own passages, copied under many names with their figures changed so documents share series and
/// the cross-document findings have many members.
/// </summary>
public class StreamingRunTests
{
    private static readonly string[] Published = ["facts.json", "facts.csv", "digest.pdf", "charts"];

    private const string Passage =
        "示范通道年度报告\n\n2024年3月1日 北京\n\n截至2023年底，示范班列累计开行{0}万列，通达欧洲{1}个国家。\n" +
        "2023年，合作园区吸引投资约{2}亿美元，创造就业岗位{3}万个。\n中方将设立{4}亿元人民币专项资金。\n";

    [Fact]
    public async Task One_worker_or_two_publish_the_same_bytes()
    {
        using var folder = new TempFolder();
        var input = Corpus(folder.Sub("in"), 24);
        await Run(new RunOptions(input, folder.Sub("one")) { Parallelism = 1 });
        await Run(new RunOptions(input, folder.Sub("two")) { Parallelism = 2 });
        AssertSameBytes(folder.Sub("one"), folder.Sub("two"));
    }

    [Fact]
    public async Task A_run_from_the_cache_publishes_the_same_bytes_as_a_fresh_one()
    {
        using var folder = new TempFolder();
        var input = Corpus(folder.Sub("in"), 12);
        // Both outputs have a previous run, so the digests both say what changed since (nothing).
        await Run(new RunOptions(input, folder.Sub("fresh")));
        File.Delete(ExtractionCachePath.For(folder.Sub("fresh")));
        await Run(new RunOptions(input, folder.Sub("fresh"), Force: true));
        await Run(new RunOptions(input, folder.Sub("cached")));
        var log = await Run(new RunOptions(input, folder.Sub("cached"), Force: true));
        Assert.Contains(log, l => l.Contains("(12 unchanged, from the cache)", StringComparison.Ordinal));
        AssertSameBytes(folder.Sub("fresh"), folder.Sub("cached"));
    }

    [Fact]
    public async Task Only_a_changed_document_is_extracted_again_and_its_new_figure_is_published()
    {
        using var folder = new TempFolder();
        var input = Corpus(folder.Sub("in"), 6);
        await Run(new RunOptions(input, folder.Sub("out")));
        File.WriteAllText(Path.Combine(input, "doc03.txt"), string.Format(CultureInfo.InvariantCulture, Passage, "9.9", 77, 777, 7, 7777));
        var log = await Run(new RunOptions(input, folder.Sub("out")));
        Assert.Contains(log, l => l.Contains("(5 unchanged, from the cache)", StringComparison.Ordinal));
        var csv = File.ReadAllText(Path.Combine(folder.Sub("out"), "facts.csv"));
        Assert.Contains("doc03.txt", csv, StringComparison.Ordinal);
        Assert.Contains(",77700000000,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",40300000000,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_document_reuses_its_published_text_and_one_whose_published_text_changed_is_extracted_again()
    {
        using var folder = new TempFolder();
        var input = Corpus(folder.Sub("in"), 6);
        var output = folder.Sub("out");
        await Run(new RunOptions(input, output));
        var texts = Path.Combine(output, "texts");
        var expected = File.ReadAllBytes(Path.Combine(texts, "doc03.txt.txt"));
        // Replaced, not rewritten in place (published files never are): the same length, other bytes.
        File.Delete(Path.Combine(texts, "doc03.txt.txt"));
        File.WriteAllBytes(Path.Combine(texts, "doc03.txt.txt"), [.. expected.Select(b => b == (byte)'3' ? (byte)'4' : b)]);
        File.Delete(Path.Combine(texts, "doc04.txt.txt"));

        var log = await Run(new RunOptions(input, output, Force: true));
        Assert.Contains(log, l => l.Contains("(6 unchanged, from the cache)", StringComparison.Ordinal));
        Assert.Contains(log, l => l.StartsWith("Took 4 documents from the cache", StringComparison.Ordinal) && l.Contains("; 2 cached ones extracted again", StringComparison.Ordinal));
        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(texts, "doc03.txt.txt")));
        Assert.True(File.Exists(Path.Combine(texts, "doc04.txt.txt")));

        // And the next run takes all six from the cache again, with the same bytes as a fresh run.
        log = await Run(new RunOptions(input, output, Force: true));
        Assert.Contains(log, l => l.StartsWith("Took 6 documents from the cache", StringComparison.Ordinal));
        await Run(new RunOptions(input, folder.Sub("fresh")));
        await Run(new RunOptions(input, folder.Sub("fresh"), Force: true));
        AssertSameBytes(folder.Sub("fresh"), output);
        foreach (var name in Directory.GetFiles(Path.Combine(folder.Sub("fresh"), "texts")).Select(Path.GetFileName))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Sub("fresh"), "texts", name!)), File.ReadAllBytes(Path.Combine(texts, name!)));
        }
    }

    [Fact]
    public async Task A_published_text_edited_in_place_is_extracted_again_and_published_as_it_was()
    {
        using var folder = new TempFolder();
        var input = Corpus(folder.Sub("in"), 4);
        var output = folder.Sub("out");
        await Run(new RunOptions(input, output));
        var path = Path.Combine(output, "texts", "doc02.txt.txt");
        var expected = File.ReadAllBytes(path);
        // Past the kernel clock's tick, so the edit's last-write time is a later one: the same inode and size, other bytes.
        Thread.Sleep(50);
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Write("#"u8);
        }

        var log = await Run(new RunOptions(input, output, Force: true));
        Assert.Contains(log, l => l.StartsWith("Took 3 documents from the cache", StringComparison.Ordinal) && l.Contains("; 1 cached ones extracted again", StringComparison.Ordinal));
        Assert.Equal(expected, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_runner_that_outlives_its_runs_takes_the_unchanged_documents_from_memory_and_publishes_what_a_new_runner_does()
    {
        using var folder = new TempFolder();
        var input = Corpus(folder.Sub("in"), 6);
        var kept = new ConcurrentQueue<string>();
        var runner = new ReportRunner(new LineLogger(kept));
        await runner.RunAsync(new RunOptions(input, folder.Sub("kept")));
        await Run(new RunOptions(input, folder.Sub("new")));
        File.WriteAllText(Path.Combine(input, "doc05a.txt"), string.Format(CultureInfo.InvariantCulture, Passage, "8.5", 25, 405, 15, 3005));

        kept.Clear();
        var outcome = await runner.RunAsync(new RunOptions(input, folder.Sub("kept")));
        var log = await Run(new RunOptions(input, folder.Sub("new")));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(kept, l => l.StartsWith("6 of the cached documents were still decoded in memory", StringComparison.Ordinal));
        Assert.Contains(log, l => l.StartsWith("0 of the cached documents were still decoded in memory", StringComparison.Ordinal));
        AssertSameBytes(folder.Sub("new"), folder.Sub("kept"));
    }

    [Fact]
    public async Task A_damaged_cache_entry_is_extracted_again()
    {
        using var folder = new TempFolder();
        var input = Corpus(folder.Sub("in"), 3);
        var output = folder.Sub("out");
        await Run(new RunOptions(input, output));
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={ExtractionCachePath.For(output)};Pooling=False"))
        {
            connection.Open();
            using var damage = connection.CreateCommand();
            damage.CommandText = "UPDATE extractions SET payload = substr(payload, 1, 20) WHERE doc = 'doc01.txt'";
            Assert.Equal(1, damage.ExecuteNonQuery());
        }

        var log = await Run(new RunOptions(input, output, Force: true));
        Assert.Contains(log, l => l.StartsWith("Took 2 documents from the cache", StringComparison.Ordinal) && l.Contains("; 1 cached ones extracted again", StringComparison.Ordinal));
        Assert.Contains("doc01.txt", File.ReadAllText(Path.Combine(output, "facts.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_configuration_extracts_every_document_again()
    {
        using var folder = new TempFolder();
        var input = Corpus(folder.Sub("in"), 4);
        var config = folder.Sub("settings.json");
        File.WriteAllText(config, """{ "Publishing": { "History": 3 } }""");
        await Run(new RunOptions(input, folder.Sub("out"), config));
        File.WriteAllText(config, """{ "Publishing": { "History": 4 } }""");
        var log = await Run(new RunOptions(input, folder.Sub("out"), config));
        Assert.Contains(log, l => l.Contains("(0 unchanged, from the cache)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_with_one_more_document_publishes_what_a_whole_write_does()
    {
        using var folder = new TempFolder();
        var input = Corpus(folder.Sub("in"), 12);
        await Run(new RunOptions(input, folder.Sub("cached")));
        await Run(new RunOptions(input, folder.Sub("whole")));
        File.WriteAllText(Path.Combine(input, "doc05a.txt"), string.Format(CultureInfo.InvariantCulture, Passage, "8.5", 25, 405, 15, 3005));

        var cached = await Run(new RunOptions(input, folder.Sub("cached")));
        await Run(new RunOptions(input, folder.Sub("whole"), Force: true));

        Assert.Contains(cached, l => l.StartsWith("Took 12 documents from the cache", StringComparison.Ordinal));
        foreach (var file in new[] { "facts.json", "facts.csv", "facts.parquet" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Sub("whole"), file)), File.ReadAllBytes(Path.Combine(folder.Sub("cached"), file)));
        }

        Assert.Equal(TableBytes(folder.Sub("whole")), TableBytes(folder.Sub("cached")));
    }

    // facts.sqlite's rows as the table they read back to, written as facts.json: equal when the rows are.
    private static byte[] TableBytes(string output) =>
        Storage.FactsJsonWriter.ToBytes(Storage.FactStore.ReadFacts(Path.Combine(output, "facts.sqlite")), "test");

    private static string Corpus(string folder, int documents)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < documents; i++)
        {
            // Every third document repeats an earlier one's figures: corroborations as well as conflicts.
            var n = i % 3 == 2 ? i - 1 : i;
            File.WriteAllText(Path.Combine(folder, $"doc{i:D2}.txt"), string.Format(CultureInfo.InvariantCulture, Passage, $"{8 + (n % 5)}.{n % 10}", 20 + n, 400 + n, 10 + n, 3000 + n));
        }

        return folder;
    }

    private static async Task<IReadOnlyList<string>> Run(RunOptions options)
    {
        var lines = new ConcurrentQueue<string>();
        var outcome = await new ReportRunner(new LineLogger(lines)).RunAsync(options);
        Assert.True(outcome.ExitCode == 0, $"{outcome.Status}: {outcome.Message}");
        return [.. lines];
    }

    private static void AssertSameBytes(string expected, string actual)
    {
        foreach (var name in Published)
        {
            var files = Directory.Exists(Path.Combine(expected, name))
                ? Directory.GetFiles(Path.Combine(expected, name)).Select(f => Path.Combine(name, Path.GetFileName(f))).Order(StringComparer.Ordinal).ToList()
                : [name];
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs");
            }
        }
    }
}
