using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>
/// A port of ../shared/tools/score-facts: a predicted fact matches a gold fact when the document, unit and
/// value (and value_high) agree and its span overlaps an occurrence of the gold quote; each side matches once.
/// </summary>
internal sealed record GoldScore(int Gold, int Predicted, int Hits, int MetricOk, int QualifierOk, int AsOfTotal, int AsOfOk, IReadOnlyList<string> Misses, IReadOnlyList<string> FalsePositives)
{
    public double Recall => Gold == 0 ? 1 : (double)Hits / Gold;

    public double Precision => Predicted == 0 ? 1 : (double)Hits / Predicted;

    public double MetricAccuracy => Hits == 0 ? 1 : (double)MetricOk / Hits;

    public double QualifierAccuracy => Hits == 0 ? 1 : (double)QualifierOk / Hits;

    public double AsOfAccuracy => AsOfTotal == 0 ? 1 : (double)AsOfOk / AsOfTotal;

    public override string ToString() =>
        $"recall {Recall:F3} precision {Precision:F3} metric {MetricAccuracy:F3} qualifier {QualifierAccuracy:F3} as_of {AsOfAccuracy:F3} ({Hits}/{Gold} gold, {Predicted} predicted)";

    public static GoldScore Compute(string goldPath, string docsDir, IReadOnlyList<Fact> facts)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(goldPath));
        var gold = json.RootElement.EnumerateArray().ToList();
        var docs = gold.Select(g => g.GetProperty("doc").GetString()!).ToHashSet(StringComparer.Ordinal);
        var predicted = facts.Where(f => docs.Contains(f.Doc)).ToList();
        var texts = docs.ToDictionary(d => d, d => File.ReadAllText(Path.Combine(docsDir, d)));
        var used = new HashSet<int>();
        int hits = 0, metricOk = 0, qualifierOk = 0, asOfTotal = 0, asOfOk = 0;
        var misses = new List<string>();
        foreach (var g in gold)
        {
            var doc = g.GetProperty("doc").GetString()!;
            var quote = g.GetProperty("quote").GetString()!;
            var unit = g.GetProperty("unit").GetString()!;
            var value = g.GetProperty("value").GetDecimal();
            decimal? high = g.TryGetProperty("value_high", out var h) && h.ValueKind == JsonValueKind.Number ? h.GetDecimal() : null;
            var spans = Occurrences(texts[doc], quote);
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
            hits++;
            var fact = predicted[found];
            metricOk += fact.Metric.Value == g.GetProperty("metric").GetString() ? 1 : 0;
            qualifierOk += fact.Qualifier.Code() == (g.TryGetProperty("qualifier", out var q) ? q.GetString() : "exact") ? 1 : 0;
            if (g.TryGetProperty("as_of", out var asOf) && asOf.GetString() is { Length: > 0 } expected)
            {
                asOfTotal++;
                asOfOk += fact.AsOf?.ToString() == expected ? 1 : 0;
            }
        }

        var falsePositives = predicted.Where((_, j) => !used.Contains(j))
            .Select(p => $"{p.Doc}: {p.Value} {p.Unit.Code()} {p.Metric} «{p.Quote}»").ToList();
        return new GoldScore(gold.Count, predicted.Count, hits, metricOk, qualifierOk, asOfTotal, asOfOk, misses, falsePositives);
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
