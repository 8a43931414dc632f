using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>
/// Random input folders through the whole run, seeded and bounded (about half a minute here): random bytes, encodings
/// and names (backslashes, bytes that are not UTF-8), links of every kind, FIFOs, empty files, long lines, invisible
/// characters inside figures. Each run must end published (exit 0 or 3) within its time limit, with a complete set
/// whose every span indexes its document's text.
/// </summary>
public class PipelineFuzzTests
{
    private const int Seed = 1111;
    private const int Iterations = 16;
    private static readonly TimeSpan PerRun = TimeSpan.FromSeconds(30);

    private static readonly string[] Sentences =
    [
        "截至2024年底，示范班列累计开行8.2万列。", "合作园区吸引投资约450亿美元，创造就业岗位12万个。",
        "兩地貿易額增長6.4%，佔全部貿易的比重超過三成。", "The pilot corridor carried 3.5 million tonnes of goods in 2023.",
        "累计投资5\u200b0亿美元。", "共有1\u00a0000多家企业参与。", "投资5萬(wàn)億(yì)美元。", "增长７．４％，", "\u202b约30个\u202c国家",
    ];

    private static readonly string[] Names = ["a.txt", "b.md", "a\\b.txt", "深.txt", "UPPER.TXT", "sub/c.txt", "sub/deeper/d.md", "space name.txt", ".hidden.txt", "x.pdf"];

    [Fact(Timeout = 300_000)]
    public async Task Random_input_folders_always_publish_a_complete_set_with_exact_spans()
    {
        for (var i = 0; i < Iterations; i++)
        {
            var random = new Random(Seed + i);
            using var folder = new TempFolder();
            var input = folder.Sub("in");
            Populate(random, input);
            var options = new RunOptions(input, folder.Sub("out"));

            var run = new ReportRunner().RunAsync(options);
            var finished = await Task.WhenAny(run, Task.Delay(PerRun));
            Assert.True(finished == run, $"seed {Seed + i}: the run did not finish within {PerRun}");
            var outcome = await run;

            Assert.True(outcome.ExitCode is 0 or 3, $"seed {Seed + i}: {outcome.Status} {outcome.Message}");
            Assert.Empty(PublishedSetCheck.Missing(options.OutputDirectory));
            AssertSpansIndexTheirTexts(Seed + i, input, FactsJsonReader.ReadFile(Path.Combine(options.OutputDirectory, "facts.json")));
        }
    }

    private static void AssertSpansIndexTheirTexts(int seed, string input, FactTable table)
    {
        var texts = DocumentLoader.LoadFolder(input).Documents.ToDictionary(d => d.Info.Name, d => d.Text, StringComparer.Ordinal);
        foreach (var fact in table.Facts)
        {
            var text = texts[fact.Doc];
            foreach (var span in fact.Occurrences.Append(fact.Span))
            {
                Assert.True(span.Start >= 0 && span.Start < span.End && span.End <= text.Length, $"seed {seed}: {fact.Doc} span {span} outside 0..{text.Length}");
            }

            Assert.True(text.Contains(fact.Quote, StringComparison.Ordinal), $"seed {seed}: {fact.Doc} quote «{fact.Quote}» not in its text");
        }
    }

    private static void Populate(Random random, string input)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Directory.CreateDirectory(input);
        var script = new StringBuilder("set -e\n");
        for (var n = random.Next(2, 7); n > 0; n--)
        {
            var name = Names[random.Next(Names.Length)];
            var path = Path.Combine(input, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            switch (random.Next(12))
            {
                case 0: File.WriteAllBytes(path, RandomBytes(random)); break;
                case 1: File.WriteAllBytes(path, []); break;
                case 2: File.WriteAllText(path, string.Concat(Enumerable.Range(0, 4000).Select(_ => Pick(random))), Encoding.UTF8); break; // one long line
                case 3: File.WriteAllBytes(path, Encoding.GetEncoding("gb18030").GetBytes(Text(random))); break;
                case 4: File.WriteAllBytes(path, new UnicodeEncoding(random.Next(2) == 0, false).GetBytes(Text(random))); break; // UTF-16 without BOM
                case 5: script.Append("ln -sf ").Append(Quote(Names[random.Next(Names.Length)])).Append(' ').Append(Quote(name)).Append(" 2>/dev/null || true\n"); break;
                case 6: script.Append("ln -sfn . ").Append(Quote("loop" + n)).Append('\n'); break;
                case 7: script.Append("rm -f ").Append(Quote(name)).Append(" && mkfifo ").Append(Quote(name)).Append('\n'); break;
                case 8: script.Append("ln -sf /etc/hostname ").Append(Quote("outside" + n + ".txt")).Append('\n'); break;
                case 9: script.Append("printf '%s' ").Append(Quote(Text(random))).Append(" > \"$(printf 'n\\3").Append(n).Append("x.txt')\"\n"); break;
                default: File.WriteAllText(path, Text(random), Encoding.UTF8); break;
            }
        }

        var (code, _, error) = ExternalProcess.Run("sh", "-c", $"cd {Quote(input)} && {script}");
        Assert.True(code == 0, error);
    }

    private static string Text(Random random) => string.Join(random.Next(3) == 0 ? "" : "\n", Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pick(random)));

    private static string Pick(Random random) => Sentences[random.Next(Sentences.Length)];

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 4096)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
