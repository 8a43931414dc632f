using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>
/// A port of ../shared/tools/score-facts: a predicted fact matches a gold fact when the document, unit and
/// value (and value_high) agree and its span overlaps an occurrence of the gold quote; each side matches once.
/// Among the matches: metric, qualifier, as_of (null must match null), entity (aliases of the key's entities.json;
/// one name containing the other counts), indicator (character-bigram overlap ≥ 0.5), nature and aggregation.
/// </summary>
internal sealed record GoldScore(int Gold, int Predicted, IReadOnlyList<(JsonElement Gold, Fact Fact)> Matches, IReadOnlyList<string> Misses, IReadOnlyList<string> FalsePositives)
{
    private static readonly Lazy<Dictionary<string, string>> Canonical = new(LoadAliases);

    public int Hits => Matches.Count;

    public double Recall => Gold == 0 ? 1 : (double)Hits / Gold;

    public double Precision => Predicted == 0 ? 1 : (double)Hits / Predicted;

    public double MetricAccuracy => Rate(m => m.Fact.Metric.Value == Text(m.Gold, "metric"));

    public double QualifierAccuracy => Rate(m => m.Fact.Qualifier.Code() == (Text(m.Gold, "qualifier") ?? "exact"));

    public double AsOfAccuracy => Rate(m => (m.Fact.AsOf?.ToString() ?? "") == (Text(m.Gold, "as_of") ?? ""));

    public double EntityAccuracy => Rate(m => SameEntity(m.Fact.Entity, Text(m.Gold, "entity") ?? ""));

    public double IndicatorAccuracy => Rate(m => Dice(m.Fact.Indicator, Text(m.Gold, "indicator") ?? "") >= 0.5);

    public double NatureAccuracy => Rate(m => m.Fact.Nature.Code() == (Text(m.Gold, "nature") ?? "actual"));

    public double AggregationAccuracy => Rate(m => m.Fact.Aggregation.Code() == Text(m.Gold, "aggregation"));

    public IEnumerable<string> Wrong(string field, Func<(JsonElement Gold, Fact Fact), string> predicted, Func<(JsonElement Gold, Fact Fact), bool> ok) =>
        Matches.Where(m => !ok(m)).Select(m => $"{field}: key {Text(m.Gold, field) ?? "null"}, got {predicted(m)} «{Text(m.Gold, "quote")}»");

    public override string ToString() =>
        $"recall {Recall:F3} precision {Precision:F3} metric {MetricAccuracy:F3} qualifier {QualifierAccuracy:F3} as_of {AsOfAccuracy:F3} " +
        $"entity {EntityAccuracy:F3} indicator {IndicatorAccuracy:F3} nature {NatureAccuracy:F3} aggregation {AggregationAccuracy:F3} ({Hits}/{Gold} gold, {Predicted} predicted)";

    public static GoldScore Compute(string goldPath, string docsDir, IReadOnlyList<Fact> facts)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(goldPath));
        var gold = json.RootElement.EnumerateArray().Select(g => g.Clone()).ToList();
        var docs = gold.Select(g => g.GetProperty("doc").GetString()!).ToHashSet(StringComparer.Ordinal);
        return Compute(gold, docs.ToDictionary(d => d, d => File.ReadAllText(Path.Combine(docsDir, d))), facts);
    }

    /// <summary>
    /// The same score over a key's facts, the documents' texts given (an extracted text, which the spans index: a web
    /// page's or a PDF's is not its file's bytes).
    /// </summary>
    public static GoldScore Compute(IReadOnlyList<JsonElement> gold, IReadOnlyDictionary<string, string> texts, IReadOnlyList<Fact> facts)
    {
        var docs = gold.Select(g => g.GetProperty("doc").GetString()!).ToHashSet(StringComparer.Ordinal);
        var predicted = facts.Where(f => docs.Contains(f.Doc)).ToList();
        var used = new HashSet<int>();
        var matches = new List<(JsonElement, Fact)>();
        var misses = new List<string>();
        foreach (var g in gold)
        {
            var doc = g.GetProperty("doc").GetString()!;
            var quote = g.GetProperty("quote").GetString()!;
            var unit = g.GetProperty("unit").GetString()!;
            var value = g.GetProperty("value").GetDecimal();
            decimal? high = g.TryGetProperty("value_high", out var h) && h.ValueKind == JsonValueKind.Number ? h.GetDecimal() : null;
            var spans = Occurrences(texts.GetValueOrDefault(doc, ""), quote);
            var found = -1;
            for (var j = 0; j < predicted.Count && found < 0; j++)
            {
                var p = predicted[j];
                if (!used.Contains(j) && p.Doc == doc && p.Unit.Code() == unit && p.Value == value
                    && (high is null || p.ValueHigh == high) && spans.Any(s => p.Span.Overlaps(s)))
                {
                    found = j;
                }
            }

            if (found < 0)
            {
                misses.Add($"{doc}: {value} {unit} «{quote}»");
                continue;
            }

            used.Add(found);
            matches.Add((g, predicted[found]));
        }

        var falsePositives = predicted.Where((_, j) => !used.Contains(j))
            .Select(p => $"{p.Doc}: {p.Value} {p.Unit.Code()} {p.Metric} «{p.Quote}»").ToList();
        return new GoldScore(gold.Count, predicted.Count, matches, misses, falsePositives);
    }

    private double Rate(Func<(JsonElement Gold, Fact Fact), bool> ok) => Hits == 0 ? 1 : (double)Matches.Count(ok) / Hits;

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Norm(string name) =>
        string.Concat(name.Trim().Where(c => !" \u3000“”\"'「」『』《》()（）·・".Contains(c))).ToLowerInvariant();

    private static bool SameEntity(string predicted, string gold)
    {
        var (p, g) = (Norm(predicted), Norm(gold));
        if (p.Length == 0 || g.Length == 0)
        {
            return false;
        }

        p = Canonical.Value.GetValueOrDefault(p, p);
        g = Canonical.Value.GetValueOrDefault(g, g);
        return p == g || (Math.Min(p.Length, g.Length) >= 2 && (p.Contains(g, StringComparison.Ordinal) || g.Contains(p, StringComparison.Ordinal)));
    }

    private static double Dice(string a, string b)
    {
        static List<string> Grams(string x)
        {
            x = Norm(x);
            var grams = Enumerable.Range(0, Math.Max(0, x.Length - 1)).Select(i => x.Substring(i, 2)).ToList();
            return grams.Count > 0 ? grams : x.Length > 0 ? [x] : [];
        }

        var (ga, gb) = (Grams(a), Grams(b));
        if (ga.Count == 0 || gb.Count == 0)
        {
            return 0;
        }

        var pool = gb.ToList();
        var common = ga.Count(x => pool.Remove(x));
        return 2.0 * common / (ga.Count + gb.Count);
    }

    private static Dictionary<string, string> LoadAliases()
    {
        var path = Path.Combine(Path.GetDirectoryName(RepoRoot.Gold)!, "entities.json");
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return canonical;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var e in json.RootElement.GetProperty("entities").EnumerateArray())
        {
            var name = Norm(e.GetProperty("name").GetString()!);
            canonical[name] = name;
            foreach (var alias in e.GetProperty("aliases").EnumerateArray())
            {
                canonical[Norm(alias.GetString()!)] = name;
            }
        }

        return canonical;
    }

    private static List<SourceSpan> Occurrences(string text, string quote)
    {
        var spans = new List<SourceSpan>();
        for (var i = text.IndexOf(quote, StringComparison.Ordinal); i >= 0; i = text.IndexOf(quote, i + 1, StringComparison.Ordinal))
        {
            spans.Add(new SourceSpan(i, i + quote.Length));
        }

        return spans;
    }
}
