using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>The data-quality counts and examples of skipped mentions, read in one pass, whatever order the table lists them in.</summary>
public class SkippedSummaryTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Examples_are_the_first_distinct_texts_of_each_reason_in_document_order_whatever_the_table_order(int seed)
    {
        var random = new Random(seed);
        // An empty reason too, and reasons as equal strings that are not the same object (as a cache decodes them).
        var reasons = new[] { "ordinal", "label", "", "year", "code", "phone" };
        var skipped = Enumerable.Range(0, 5_000).Select(_ => new SkippedMention(
                string.Create(CultureInfo.InvariantCulture, $"doc_{random.Next(40):D2}.txt"),
                new SourceSpan(random.Next(50), 60),
                string.Create(CultureInfo.InvariantCulture, $"第{random.Next(30)}届"),
                random.Next(2) == 0 ? reasons[random.Next(random.Next(1, reasons.Length + 1))] : new string(reasons[random.Next(reasons.Length)].AsSpan())))
            .ToList();

        // The rule as it reads: sort everything by document and place, then per reason the first distinct texts.
        var sorted = skipped.OrderBy(s => s.Doc, StringComparer.Ordinal).ThenBy(s => s.Span).ToList();
        var expected = sorted.GroupBy(s => s.Reason, StringComparer.Ordinal).SelectMany(g => g.DistinctBy(s => s.Text).Take(3)).Take(12);
        var counts = sorted.GroupBy(s => s.Reason, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))
            .OrderByDescending(r => r.Item2).ThenBy(r => r.Key, StringComparer.Ordinal);

        // A mention is a value: one equal to the expected one in every field is the same example.
        Assert.Equal(expected, SkippedSummary.Examples(skipped));
        Assert.Equal(counts, SkippedSummary.ByReason(TableCounts.SkippedByReason(FactTable.Empty with { Skipped = skipped })));
    }
}
