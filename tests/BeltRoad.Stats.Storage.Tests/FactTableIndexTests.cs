using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

public class FactTableIndexTests
{
    [Fact]
    public void One_table_is_indexed_once_for_every_writer_that_asks()
    {
        var table = SampleTables.Rich();
        Assert.Same(FactTableIndex.Of(table), FactTableIndex.Of(table));
        Assert.Same(FindingColumns.MembersOf(table), FindingColumns.MembersOf(table));
    }

    [Fact]
    public void An_equal_table_of_its_own_gets_an_index_of_its_own()
    {
        var table = SampleTables.Rich();
        var copy = table with { };
        Assert.Equal(table, copy);
        Assert.NotSame(FactTableIndex.Of(table), FactTableIndex.Of(copy));
    }

    [Fact]
    public void Each_fact_names_its_finding_and_each_finding_lists_its_members_with_their_documents()
    {
        var table = SampleTables.Rich();
        Assert.NotEmpty(table.Findings);
        var index = FactTableIndex.Of(table);
        for (var i = 0; i < table.Findings.Count; i++)
        {
            var finding = table.Findings[i];
            Assert.Equal(finding.FactIds, index.FindingMembers[i].Select(m => m.FactId));
            foreach (var member in index.FindingMembers[i])
            {
                var fact = Assert.Single(table.Facts, f => f.Id == member.FactId);
                Assert.Equal(fact.Doc, member.Doc);
                Assert.Equal(i + 1, index.FindingByFact[table.Facts.ToList().IndexOf(fact)]);
            }
        }

        Assert.Equal(table.Findings.Sum(f => f.FactIds.Count), index.FindingByFact.Count(f => f is not null));
    }

    [Fact]
    public void A_finding_naming_a_missing_fact_fails_every_writer_that_asks_not_only_the_first()
    {
        var table = SampleTables.Rich() with { Findings = [new CrossDocumentFinding(FindingKind.Conflict, default, ["nope"], [])] };
        Assert.Throws<ArgumentException>(() => FactTableIndex.Of(table));
        Assert.Throws<ArgumentException>(() => FindingColumns.MembersOf(table));
        Assert.Throws<ArgumentException>(() => FactsJsonWriter.ToBytes(table, "g"));
    }
}
