using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Metrics;
using Xunit.Abstractions;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>
/// The development corpus (tests/DevCorpus: documents in the shapes of real releases and news, each with a key written
/// from MEANING.md before the program read it) scored as the held-out sets are: the floor each group must hold. The
/// floors only ever rise; docs/development-corpus.md keeps the history and the targets of issues 49 and 50.
/// </summary>
public class DevCorpusTests(ITestOutputHelper output)
{
    private static readonly string Corpus = Path.Combine(RepoRoot.Path, "tests", "DevCorpus");

    private static readonly Lazy<(FactTable Table, IReadOnlyDictionary<string, string> Texts)> Run = new(() =>
    {
        var load = DocumentLoader.LoadFolder(Path.Combine(Corpus, "documents"));
        var table = new FactTableBuilder(new FactExtractor(MetricCatalog.Default)).Build(load);
        return (table, load.Documents.ToDictionary(d => d.Info.Name, d => d.Text, StringComparer.Ordinal));
    });

    // group, which documents, then the floors: recall, precision, as_of, entity, indicator, nature, aggregation.
    public static TheoryData<string, string, double, double, double, double, double, double, double> Floors => new()
    {
        // Each group's floor of recall, precision, as_of, entity, indicator, nature and aggregation. Floors only rise, but for
        // a fresh batch of documents (the whole corpus's and the groups' rows re-based just under what the corpus holds with
        // it; the documents before it keep the whole corpus's floors as a round of their own) and keys corrected by a second
        // reading. Their history, dated: docs/development-corpus.md, "Floors".
        { "all", "", 0.97, 0.97, 0.94, 0.90, 0.82, 0.98, 0.93 },
        { "English", "en-", 0.96, 0.96, 0.92, 0.89, 0.75, 0.97, 0.91 },
        { "Chinese releases", "zh-release-", 0.99, 0.98, 0.98, 0.94, 0.92, 0.99, 0.98 },
        { "Chinese milestones", "zh-milestone-", 0.97, 0.96, 0.95, 0.89, 0.86, 0.98, 0.93 },
        { "bilingual", "bilingual-", 0.91, 0.94, 0.92, 0.89, 0.78, 0.96, 0.89 },
        { "the first 64 documents", FirstRound, 0.99, 0.99, 0.96, 0.97, 0.91, 0.98, 0.97 },
        { "the first 84 documents", SecondRound, 0.99, 0.98, 0.95, 0.95, 0.90, 0.98, 0.95 },
        { "the first 96 documents", ThirdRound, 0.98, 0.98, 0.95, 0.95, 0.89, 0.98, 0.96 },
        { "the first 107 documents", FourthRound, 0.98, 0.98, 0.95, 0.95, 0.88, 0.98, 0.95 },
        { "the first 119 documents", FifthRound, 0.97, 0.98, 0.95, 0.95, 0.87, 0.98, 0.95 },
        { "the first 131 documents", SixthRound, 0.97, 0.97, 0.95, 0.94, 0.86, 0.98, 0.95 },
        { "the first 143 documents", SeventhRound, 0.97, 0.97, 0.95, 0.93, 0.84, 0.98, 0.94 },
        { "the first 155 documents", EighthRound, 0.97, 0.97, 0.95, 0.92, 0.83, 0.98, 0.94 },
        { "the first 167 documents", NinthRound, 0.97, 0.97, 0.95, 0.92, 0.82, 0.98, 0.94 },
        { "the first 179 documents", TenthRound, 0.97, 0.96, 0.94, 0.91, 0.80, 0.98, 0.93 },
        { "the first 191 documents", EleventhRound, 0.96, 0.96, 0.94, 0.91, 0.79, 0.98, 0.93 },
        { "the first 203 documents", TwelfthRound, 0.96, 0.96, 0.94, 0.90, 0.77, 0.97, 0.93 },
        { "the first 215 documents", ThirteenthRound, 0.96, 0.96, 0.94, 0.89, 0.77, 0.97, 0.92 },
        { "the first 227 documents", FourteenthRound, 0.96, 0.96, 0.94, 0.90, 0.79, 0.97, 0.92 },
        { "the first 239 documents", FifteenthRound, 0.97, 0.96, 0.94, 0.90, 0.80, 0.97, 0.92 },
        { "the first 251 documents", SixteenthRound, 0.97, 0.96, 0.94, 0.90, 0.79, 0.97, 0.92 },
        { "the first 263 documents", SeventeenthRound, 0.97, 0.96, 0.94, 0.91, 0.79, 0.97, 0.92 },
        { "the first 275 documents", EighteenthRound, 0.97, 0.96, 0.95, 0.91, 0.79, 0.97, 0.92 },
        { "the first 287 documents", NineteenthRound, 0.97, 0.96, 0.95, 0.91, 0.79, 0.97, 0.93 },
        { "the first 299 documents", TwentiethRound, 0.97, 0.96, 0.95, 0.92, 0.79, 0.98, 0.93 },
        { "the first 311 documents", TwentyFirstRound, 0.97, 0.96, 0.95, 0.92, 0.80, 0.98, 0.94 },
        { "the first 323 documents", TwentySecondRound, 0.97, 0.96, 0.95, 0.92, 0.81, 0.98, 0.94 },
        { "the first 335 documents", TwentyThirdRound, 0.97, 0.96, 0.95, 0.92, 0.82, 0.98, 0.94 },
        { "the first 347 documents", TwentyFourthRound, 0.97, 0.96, 0.95, 0.92, 0.82, 0.98, 0.94 },
        { "the first 359 documents", TwentyFifthRound, 0.97, 0.96, 0.95, 0.91, 0.82, 0.98, 0.93 },
        { "the first 371 documents", TwentySixthRound, 0.97, 0.96, 0.95, 0.92, 0.82, 0.98, 0.94 },
        { "the first 383 documents", TwentySeventhRound, 0.97, 0.97, 0.95, 0.92, 0.83, 0.98, 0.94 },
        { "the first 395 documents", TwentyEighthRound, 0.97, 0.97, 0.95, 0.91, 0.82, 0.98, 0.93 },
        { "the first 407 documents", TwentyNinthRound, 0.97, 0.97, 0.95, 0.91, 0.83, 0.98, 0.94 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void The_development_corpus_scores_at_least_its_floor(string group, string prefix,
        double recall, double precision, double asOf, double entity, double indicator, double nature, double aggregation)
    {
        var (table, texts) = Run.Value;
        var gold = Keys().Where(g => Selects(prefix, g.GetProperty("doc").GetString()!)).ToList();
        var score = GoldScore.Compute(gold, texts, table.Facts);
        output.WriteLine($"{group}: {score}");
        foreach (var miss in score.Misses.Take(30))
        {
            output.WriteLine("miss  " + miss);
        }

        foreach (var issue in table.Issues.Where(i => i.Severity == Severity.Failure))
        {
            output.WriteLine("failed " + issue);
        }

        Assert.True(score.Recall >= recall, $"{group} recall: {score}");
        Assert.True(score.Precision >= precision, $"{group} precision: {score}");
        Assert.True(score.AsOfAccuracy >= asOf, $"{group} as_of: {score}");
        Assert.True(score.EntityAccuracy >= entity, $"{group} entity: {score}");
        Assert.True(score.IndicatorAccuracy >= indicator, $"{group} indicator: {score}");
        Assert.True(score.NatureAccuracy >= nature, $"{group} nature: {score}");
        Assert.True(score.AggregationAccuracy >= aggregation, $"{group} aggregation: {score}");
    }

    // The metric (the digest's group) is settled by the figure's meaning since 2026-11-28 (MetricClassifier.Settle):
    // 5,030 of 5,412 matched facts, .834 before; 5,291 of 5,689 with the nineteenth batch; 5,530 of 5,952 with the twentieth
    // (its 12 documents .908 after the round, re-based .93 -> .92 as a fresh batch's rows are); 5,820 of 6,237 with the
    // twenty-first (.933); 6,118 of 6,539 with the twenty-second (.936); 6,416 of 6,854 with the twenty-third (.936); 6,749 of 7,201 with the twenty-fourth (.937); 7,097 of 7,566 with the twenty-fifth (.938); 8,121 of 8,539 with the twenty-eighth and a physical quantity's word of measure and a multiple settling it (.951, floor .93 -> .95); 8,460 of 8,894 with the twenty-ninth (.951). Like the other floors it only rises.
    [Fact]
    public void The_development_corpus_metric_holds_its_floor()
    {
        var (table, texts) = Run.Value;
        var score = GoldScore.Compute(Keys().ToList(), texts, table.Facts);
        output.WriteLine(score.ToString());
        Assert.True(score.MetricAccuracy >= 0.95, $"metric {score.MetricAccuracy:0.000}: {score}");
    }

    [Fact]
    public void Every_document_of_the_corpus_has_a_key_and_every_key_a_document()
    {
        var documents = Directory.GetFiles(Path.Combine(Corpus, "documents")).Select(Path.GetFileName)
            .Where(n => !n!.EndsWith(".meta.json", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var keys = Directory.GetFiles(Path.Combine(Corpus, "keys"), "*.json").Select(p => Path.GetFileNameWithoutExtension(p)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(documents.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        Assert.True(documents.Count >= 60, $"{documents.Count} documents");
    }

    // The documents of the corpus before each fresh batch (the first: 2026-11-26 morning, 20 documents; the second: the
    // same day at noon, 12; the third: that afternoon, 11; the fourth: that evening, 12; the fifth: that night, 12; the sixth: 2026-11-27 after midnight, 12; the seventh: that night, 12; the eighth: that morning, 12; the ninth: that forenoon, 12; the tenth: 2026-11-27 noon, 12; the eleventh: 2026-11-27 afternoon, 12; the twelfth: that evening, 12; the thirteenth and fourteenth: 2026-11-27 night and 11-28 after midnight, 12 each; the fifteenth: 2026-11-28 small hours, 12; the sixteenth: that morning, 12; the seventeenth: that forenoon, 12; the eighteenth: that noon, 12; the nineteenth: that afternoon, 12; the twentieth and twenty-first: that evening, 12 each; the twenty-second: 2026-11-29 small hours, 12; the twenty-third: that early morning, 12; the twenty-fourth: that morning, 12; the twenty-fifth: that forenoon, 12; the twenty-sixth: that noon, 12; the twenty-seventh: that afternoon, 12; the twenty-eighth: that evening, 12; the twenty-ninth: that night, 12): each group's numbers up to
    // where it stood then.
    private const string FirstRound = "round:1";
    private const string SecondRound = "round:2";
    private const string ThirdRound = "round:3";
    private const string FourthRound = "round:4";
    private const string FifthRound = "round:5";
    private const string SixthRound = "round:6";
    private const string SeventhRound = "round:7";
    private const string EighthRound = "round:8";
    private const string NinthRound = "round:9";
    private const string TenthRound = "round:10";
    private const string EleventhRound = "round:11";
    private const string TwelfthRound = "round:12";
    private const string ThirteenthRound = "round:13";
    private const string FourteenthRound = "round:14";
    private const string FifteenthRound = "round:15";
    private const string SixteenthRound = "round:16";
    private const string SeventeenthRound = "round:17";
    private const string EighteenthRound = "round:18";
    private const string NineteenthRound = "round:19";
    private const string TwentiethRound = "round:20";
    private const string TwentyFirstRound = "round:21";
    private const string TwentySecondRound = "round:22";
    private const string TwentyThirdRound = "round:23";
    private const string TwentyFourthRound = "round:24";
    private const string TwentyFifthRound = "round:25";
    private const string TwentySixthRound = "round:26";
    private const string TwentySeventhRound = "round:27";
    private const string TwentyEighthRound = "round:28";
    private const string TwentyNinthRound = "round:29";

    private static readonly Dictionary<string, Dictionary<string, int>> RoundLast = new(StringComparer.Ordinal)
    {
        [FirstRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 16, ["zh-milestone"] = 18, ["en-news"] = 16, ["en-finance"] = 11, ["bilingual"] = 3,
        },
        [SecondRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 21, ["zh-milestone"] = 22, ["en-news"] = 23, ["en-finance"] = 19, ["bilingual"] = 4,
        },
        [ThirdRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 23, ["zh-milestone"] = 25, ["en-news"] = 27, ["en-finance"] = 21, ["bilingual"] = 5,
        },
        [FourthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 25, ["zh-milestone"] = 27, ["en-news"] = 31, ["en-finance"] = 23, ["bilingual"] = 6,
        },
        [FifthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 27, ["zh-milestone"] = 29, ["en-news"] = 36, ["en-finance"] = 25, ["bilingual"] = 7,
        },
        [SixthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 30, ["zh-milestone"] = 31, ["en-news"] = 40, ["en-finance"] = 27, ["bilingual"] = 8,
        },
        [SeventhRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 33, ["zh-milestone"] = 33, ["en-news"] = 44, ["en-finance"] = 29, ["bilingual"] = 9,
        },
        [EighthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 36, ["zh-milestone"] = 35, ["en-news"] = 48, ["en-finance"] = 31, ["bilingual"] = 10,
        },
        [NinthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 39, ["zh-milestone"] = 37, ["en-news"] = 52, ["en-finance"] = 33, ["bilingual"] = 11,
        },
        [TenthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 42, ["zh-milestone"] = 39, ["en-news"] = 56, ["en-finance"] = 35, ["bilingual"] = 12,
        },
        [EleventhRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 45, ["zh-milestone"] = 41, ["en-news"] = 60, ["en-finance"] = 37, ["bilingual"] = 13,
        },
        [TwelfthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 48, ["zh-milestone"] = 43, ["en-news"] = 64, ["en-finance"] = 39, ["bilingual"] = 14,
        },
        [ThirteenthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 51, ["zh-milestone"] = 45, ["en-news"] = 68, ["en-finance"] = 41, ["bilingual"] = 15,
        },
        [FourteenthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 54, ["zh-milestone"] = 48, ["en-news"] = 72, ["en-finance"] = 42, ["bilingual"] = 16,
        },
        [FifteenthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 57, ["zh-milestone"] = 51, ["en-news"] = 76, ["en-finance"] = 43, ["bilingual"] = 17,
        },
        [SixteenthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 60, ["zh-milestone"] = 54, ["en-news"] = 80, ["en-finance"] = 44, ["bilingual"] = 18,
        },
        [SeventeenthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 63, ["zh-milestone"] = 57, ["en-news"] = 84, ["en-finance"] = 45, ["bilingual"] = 19,
        },
        [EighteenthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 66, ["zh-milestone"] = 60, ["en-news"] = 88, ["en-finance"] = 46, ["bilingual"] = 20,
        },
        [NineteenthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 69, ["zh-milestone"] = 63, ["en-news"] = 92, ["en-finance"] = 47, ["bilingual"] = 21,
        },
        [TwentiethRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 72, ["zh-milestone"] = 66, ["en-news"] = 96, ["en-finance"] = 48, ["bilingual"] = 22,
        },
        [TwentyFirstRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 75, ["zh-milestone"] = 69, ["en-news"] = 100, ["en-finance"] = 49, ["bilingual"] = 23,
        },
        [TwentySecondRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 78, ["zh-milestone"] = 72, ["en-news"] = 104, ["en-finance"] = 50, ["bilingual"] = 24,
        },
        [TwentyThirdRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 80, ["zh-milestone"] = 75, ["en-news"] = 108, ["en-finance"] = 52, ["bilingual"] = 25,
        },
        [TwentyFourthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 82, ["zh-milestone"] = 78, ["en-news"] = 112, ["en-finance"] = 54, ["bilingual"] = 26,
        },
        [TwentyFifthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 84, ["zh-milestone"] = 81, ["en-news"] = 116, ["en-finance"] = 56, ["bilingual"] = 27,
        },
        [TwentySixthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 86, ["zh-milestone"] = 84, ["en-news"] = 120, ["en-finance"] = 58, ["bilingual"] = 28,
        },
        [TwentySeventhRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 88, ["zh-milestone"] = 87, ["en-news"] = 124, ["en-finance"] = 60, ["bilingual"] = 29,
        },
        [TwentyEighthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 90, ["zh-milestone"] = 90, ["en-news"] = 128, ["en-finance"] = 62, ["bilingual"] = 30,
        },
        [TwentyNinthRound] = new(StringComparer.Ordinal)
        {
            ["zh-release"] = 91, ["zh-milestone"] = 92, ["en-news"] = 134, ["en-finance"] = 64, ["bilingual"] = 31,
        },
    };

    private static bool Selects(string prefix, string doc)
    {
        if (!RoundLast.TryGetValue(prefix, out var lastOf))
        {
            return doc.StartsWith(prefix, StringComparison.Ordinal);
        }

        var match = System.Text.RegularExpressions.Regex.Match(doc, @"^([a-z-]+)-(\d+)-");
        return match.Success && lastOf.TryGetValue(match.Groups[1].Value, out var last) ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) <= last
            : throw new InvalidOperationException($"{doc}: a document of no group the round {prefix} knows.");
    }

    private static IEnumerable<JsonElement> Keys() =>
        Directory.GetFiles(Path.Combine(Corpus, "keys"), "*.json").Order(StringComparer.Ordinal)
            .SelectMany(path => JsonDocument.Parse(File.ReadAllBytes(path)).RootElement.EnumerateArray().Select(e => e.Clone()));
}
