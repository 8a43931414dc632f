using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Metrics;
using Xunit.Abstractions;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>The acceptance bar of the fact-extraction issue, measured on the seed documents against their answer key (tests/Gold, a copy of ../shared/gold).</summary>
public class SeedsGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<FactTable> Table = new(() =>
        new FactTableBuilder(new FactExtractor(MetricCatalog.Default)).Build(DocumentLoader.LoadFolder(RepoRoot.Seeds)));

    [Fact]
    public void Seeds_meet_the_recall_precision_and_meaning_thresholds()
    {
        Assert.True(File.Exists(RepoRoot.Gold), $"the answer key is expected at {RepoRoot.Gold}");
        var score = GoldScore.Compute(RepoRoot.Gold, RepoRoot.Seeds, Table.Value.Facts);
        output.WriteLine(score.ToString());
        foreach (var miss in score.Misses.Take(40))
        {
            output.WriteLine("miss  " + miss);
        }

        foreach (var extra in score.FalsePositives.Take(40))
        {
            output.WriteLine("extra " + extra);
        }

        Assert.True(score.Recall >= 0.99, score.ToString());
        Assert.True(score.Precision >= 0.98, score.ToString());
        Assert.True(score.MetricAccuracy >= 0.98, score.ToString());
        Assert.True(score.QualifierAccuracy >= 0.99, score.ToString());
        Assert.True(score.AsOfAccuracy >= 0.95, score.ToString());
        Assert.True(score.EntityAccuracy >= 0.90, score.ToString());
        Assert.True(score.IndicatorAccuracy >= 0.80, score.ToString());
        Assert.True(score.NatureAccuracy >= 0.95, score.ToString());
        Assert.True(score.AggregationAccuracy >= 0.90, score.ToString());
    }

    [Fact]
    public void Every_fact_span_points_into_the_original_text_at_its_figure()
    {
        foreach (var fact in Table.Value.Facts)
        {
            var text = File.ReadAllText(Path.Combine(RepoRoot.Seeds, fact.Doc));
            foreach (var span in fact.Occurrences)
            {
                Assert.InRange(span.Start, 0, text.Length);
                Assert.InRange(span.End, span.Start + 1, text.Length);
                Assert.Contains(text[span.Start..span.End], c => char.IsDigit(c) || "一二两三四五六七八九十百千万亿萬億兩".Contains(c));
            }

            Assert.Contains(fact.Quote, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_repeated_paragraph_gives_one_fact_with_every_occurrence()
    {
        var repeated = Table.Value.Facts.Where(f => f.Doc.StartsWith("000_", StringComparison.Ordinal) && f.Occurrences.Count == 2).ToList();
        Assert.True(repeated.Count >= 7, $"000 restates 7 facts in repeated paragraphs; found {repeated.Count} merged");
    }

    [Fact]
    public void Two_runs_give_the_same_facts_in_the_same_order()
    {
        var again = new FactTableBuilder(new FactExtractor(MetricCatalog.Default)).Build(DocumentLoader.LoadFolder(RepoRoot.Seeds));
        Assert.Equal(Table.Value.Facts.Select(f => (f.Id, f.Value, f.Subject, f.AsOf?.ToString())), again.Facts.Select(f => (f.Id, f.Value, f.Subject, f.AsOf?.ToString())));
    }
}
