using BenchmarkDotNet.Attributes;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// Recognizer throughput on the seeds corpus (every form switched on, culture detected per document) and on
/// adversarial megabytes that would expose superlinear behaviour, plus the cost of building a culture's tables; and on
/// the English documents of the development corpus line by line, as a reader of news feeds calls it (issue 50).
/// Characters per second = <see cref="SeedCharacters"/>, <see cref="EnglishCharacters"/> (or 1,000,000) divided by the
/// mean time.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private string[] seeds = [];
    private NumberRecognizer[] recognizers = [];
    private string digits = string.Empty;
    private string wan = string.Empty;
    private string oneWan = string.Empty;
    private string[] englishLines = [];

    public int SeedCharacters { get; private set; }

    public int EnglishCharacters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoRoot.Find();
        seeds = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        recognizers = seeds.Select(s => NumberRecognizer.For(RecognizerCultures.Detect(s))).ToArray();
        SeedCharacters = seeds.Sum(s => s.Length);
        digits = new string('1', 1_000_000);
        wan = new string('万', 1_000_000);
        oneWan = string.Concat(Enumerable.Repeat("1万", 500_000));
        Console.WriteLine($"// seeds corpus: {SeedCharacters} UTF-16 characters");
        englishLines = Directory.GetFiles(Path.Combine(root, "tests", "DevCorpus", "documents"), "en-*")
            .Where(f => !f.EndsWith(".meta.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines).Where(l => l.Length > 0).ToArray();
        EnglishCharacters = englishLines.Sum(l => l.Length);
        Console.WriteLine($"// English development corpus: {englishLines.Length} lines, {EnglishCharacters} UTF-16 characters");
    }

    [Benchmark(Description = "seeds corpus (all forms)")]
    public int Seeds()
    {
        var count = 0;
        for (var i = 0; i < seeds.Length; i++)
        {
            count += recognizers[i].Recognize(seeds[i]).Count;
        }

        return count;
    }

    [Benchmark(Description = "English corpus line by line")]
    public int EnglishLineByLine()
    {
        var english = NumberRecognizer.For(RecognizerCulture.En);
        var count = 0;
        foreach (var line in englishLines)
        {
            count += english.Recognize(line).Count;
        }

        return count;
    }

    [Benchmark(Description = "1 MB of digits")]
    public int MegabyteOfDigits() => NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize(digits).Count;

    [Benchmark(Description = "1 MB of 万")]
    public int MegabyteOfWan() => NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize(wan).Count;

    [Benchmark(Description = "1 MB of alternating 1万")]
    public int MegabyteOfOneWan() => NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize(oneWan).Count;

    [Benchmark(Description = "build zh-Hans tables (uncached)")]
    public object BuildZhHans() => NumberRecognizer.BuildUncached(RecognizerCulture.ZhHans);

    [Benchmark(Description = "build en tables (uncached)")]
    public object BuildEn() => NumberRecognizer.BuildUncached(RecognizerCulture.En);
}
