using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

public sealed class TableCountsTests
{
    // Each label is a new string instance: counting must go by the text, not by the shared label a cached run reads.
    [Theory]
    [InlineData(new[] { "label", "label", "ordinal", "label", "vague", "vague" }, "label=3 ordinal=1 vague=2")]
    [InlineData(new[] { "no_unit" }, "no_unit=1")]
    [InlineData(new string[0], "")]
    public void Counts_each_label_however_its_rows_are_spread(string[] labels, string expected)
    {
        var skipped = labels.Select((r, i) => new SkippedMention($"d{i % 2}.txt", new SourceSpan(i, i + 1), "2023", new string(r.AsSpan()))).ToList();
        var table = FactTable.Empty with
        {
            Facts = [.. labels.Select((m, i) => SampleTables.Fact($"f{i}", "d.txt", i) with { Metric = new MetricCode(new string(m.AsSpan())) })],
        };

        Assert.Equal(expected, Text(TableCounts.SkippedByReason(FactTable.Empty with { Skipped = skipped })));
        Assert.Equal(expected, Text(TableCounts.FactsByMetric(table)));
    }

    [Fact]
    public void A_tables_counts_are_its_own_rows_counts_found_once()
    {
        var table = FactTable.Empty with
        {
            Skipped = [new("a.txt", new SourceSpan(0, 1), "1", "label"), new("a.txt", new SourceSpan(2, 3), "2", "ordinal")],
            Facts = [SampleTables.Fact("f0", "a.txt", 0), SampleTables.Fact("f1", "a.txt", 1)],
        };
        var copy = table with { Skipped = [.. table.Skipped.Take(1)], Facts = [.. table.Facts.Take(1)] };

        Assert.Equal(new Dictionary<string, int> { ["label"] = 1, ["ordinal"] = 1 }, TableCounts.SkippedByReason(table));
        Assert.Same(TableCounts.SkippedByReason(table), TableCounts.SkippedByReason(table));
        Assert.Same(TableCounts.FactsByMetric(table), TableCounts.FactsByMetric(table));
        Assert.Equal(new Dictionary<string, int> { ["label"] = 1 }, TableCounts.SkippedByReason(copy));
        Assert.Equal(1, TableCounts.FactsByMetric(copy).Values.Sum());
        Assert.Equal(2, TableCounts.FactsByMetric(table).Values.Sum());
    }

    [Theory]
    [InlineData(new[] { "a", "a", "b", "c", "c", "c" }, "a=2 b=1 c=3")]
    [InlineData(new[] { "a", "b", "a" }, "a=2 b=1")] // a list not sorted by document: a document's runs add up
    [InlineData(new string[0], "")]
    public void Facts_per_document_give_each_document_its_number_of_facts(string[] docs, string expected)
    {
        var counts = TableCounts.FactsByDocument(FactTable.Empty with { Facts = [.. docs.Select((doc, i) => SampleTables.Fact($"f{i}", doc, i))] });

        Assert.Equal(expected, Text(counts));
        Assert.Equal(docs.CountBy(d => d).OrderBy(c => c.Key, StringComparer.Ordinal), counts.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Facts_per_document_are_counted_by_name_across_its_runs_once_per_table()
    {
        // A list not sorted by document has two runs of a.txt; a document without facts is absent.
        var table = FactTable.Empty with
        {
            Facts = [SampleTables.Fact("f0", "a.txt", 0), SampleTables.Fact("f1", "a.txt", 1), SampleTables.Fact("f2", "b.txt", 0), SampleTables.Fact("f3", new string("a.txt".AsSpan()), 2)],
        };

        Assert.Equal("a.txt=3 b.txt=1", Text(TableCounts.FactsByDocument(table)));
        Assert.Same(TableCounts.FactsByDocument(table), TableCounts.FactsByDocument(table));
        Assert.Equal("a.txt=1", Text(TableCounts.FactsByDocument(table with { Facts = [.. table.Facts.Take(1)] })));
    }

    private static string Text(IReadOnlyDictionary<string, int> counts) =>
        string.Join(' ', counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
}
