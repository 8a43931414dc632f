namespace BeltRoad.Stats.Storage.Tests;

/// <summary>What the exports read of a table's findings: each finding's member rows and each fact's finding, made once per table object.</summary>
public class FindingColumnsTests
{
    [Fact]
    public void One_tables_member_rows_are_made_once_for_every_writer_that_asks()
    {
        var table = SampleTables.Rich();
        Assert.Same(FindingIndex.ByFact(table), FindingIndex.ByFact(table));
        Assert.Same(FindingColumns.MembersOf(table), FindingColumns.MembersOf(table));
    }

    [Fact]
    public void An_equal_table_of_its_own_gets_rows_of_its_own()
    {
        var table = SampleTables.Rich();
        var copy = table with { };
        Assert.Equal(table, copy);
        Assert.NotSame(FindingColumns.MembersOf(table), FindingColumns.MembersOf(copy));
    }

    [Fact]
    public void Each_fact_names_its_finding_and_each_finding_lists_its_members_with_their_documents()
    {
        var table = SampleTables.Rich();
        Assert.NotEmpty(table.Findings);
        var members = FindingColumns.MembersOf(table);
        var byFact = FindingIndex.ByFact(table);
        for (var i = 0; i < table.Findings.Count; i++)
        {
            var finding = table.Findings[i];
            Assert.Equal(finding.FactIds, members[i].Select(m => m.FactId));
            foreach (var member in members[i])
            {
                var fact = Assert.Single(table.Facts, f => f.Id == member.FactId);
                Assert.Equal(fact.Doc, member.Doc);
                Assert.Equal(i + 1, byFact[table.Facts.ToList().IndexOf(fact)]);
            }
        }

        Assert.Equal(table.Findings.Sum(f => f.FactIds.Count), byFact.Count(f => f is not null));
    }
}
