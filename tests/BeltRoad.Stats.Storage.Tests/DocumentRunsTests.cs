using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

public sealed class DocumentRunsTests
{
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
