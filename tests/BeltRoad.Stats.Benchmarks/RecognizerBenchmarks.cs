using BenchmarkDotNet.Attributes;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// Recognizer throughput on the seeds corpus (every form switched on, culture detected per document) and on
/// adversarial megabytes that would expose superlinear behaviour, plus the cost of building a culture's tables.
/// Characters per second = <see cref="SeedCharacters"/> (or 1,000,000) divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private string[] seeds = [];
    private NumberRecognizer[] recognizers = [];
    private string digits = string.Empty;
    private string wan = string.Empty;
    private string oneWan = string.Empty;

    public int SeedCharacters { get; private set; }

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
