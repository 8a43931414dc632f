using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

public sealed class DocumentRunsTests
{
    [Theory]
    [InlineData(new[] { "a", "a", "b", "c", "c", "c" }, "a=2 b=1 c=3")]
    [InlineData(new[] { "a", "b", "a" }, "a=2 b=1")] // a list not sorted by document: a document's runs add up
    [InlineData(new string[0], "")]
    public void Counts_give_each_document_its_number_of_facts(string[] docs, string expected)
    {
        var facts = docs.Select((doc, i) => SampleTables.Fact($"f{i}", doc, i)).ToList();

        var counts = DocumentRuns.Counts(facts);

        Assert.Equal(expected, string.Join(' ', counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}")));
        Assert.Equal(docs.CountBy(d => d).OrderBy(c => c.Key, StringComparer.Ordinal), counts.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(counts, DocumentRuns.Counts(DocumentRuns.Of(facts).ToList()));
    }

    [Fact]
    public void A_tables_runs_are_its_own_facts_runs_and_a_copy_with_other_facts_gets_its_own()
    {
        var table = FactTable.Empty with { Facts = [.. new[] { "a", "a", "b" }.Select((doc, i) => SampleTables.Fact($"f{i}", doc, i))] };
        var copy = table with { Facts = [.. table.Facts.Take(1)] };

        Assert.Equal(DocumentRuns.Of(table.Facts), DocumentRuns.Of(table));
        Assert.Same(DocumentRuns.Of(table), DocumentRuns.Of(table)); // found once
        Assert.Equal([("a", 0, 1)], DocumentRuns.Of(copy));
    }
}
