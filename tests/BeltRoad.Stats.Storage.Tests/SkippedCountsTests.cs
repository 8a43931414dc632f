using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

public sealed class SkippedCountsTests
{
    // Each reason is a new string instance: counting must go by the text, not by the shared label a cached run reads.
    [Theory]
    [InlineData(new[] { "label", "label", "ordinal", "label", "vague", "vague" }, "label=3 ordinal=1 vague=2")]
    [InlineData(new[] { "no_unit" }, "no_unit=1")]
    [InlineData(new string[0], "")]
    public void Counts_each_reason_however_its_mentions_are_spread(string[] reasons, string expected)
    {
        var skipped = reasons.Select((r, i) => new SkippedMention($"d{i % 2}.txt", new SourceSpan(i, i + 1), "2023", new string(r.AsSpan()))).ToList();

        var counts = SkippedCounts.ByReason(skipped);

        Assert.Equal(expected, string.Join(' ', counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}")));
    }

    [Fact]
    public void A_tables_counts_are_its_own_mentions_counts_found_once()
    {
        var table = FactTable.Empty with { Skipped = [new("a.txt", new SourceSpan(0, 1), "1", "label"), new("a.txt", new SourceSpan(2, 3), "2", "ordinal")] };
        var copy = table with { Skipped = [.. table.Skipped.Take(1)] };

        Assert.Equal(SkippedCounts.ByReason(table.Skipped), SkippedCounts.ByReason(table));
        Assert.Same(SkippedCounts.ByReason(table), SkippedCounts.ByReason(table));
        Assert.Equal(new Dictionary<string, int> { ["label"] = 1 }, SkippedCounts.ByReason(copy));
    }
}
