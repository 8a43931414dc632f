using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

public class FindingMembershipTests
{
    [Fact]
    public void One_table_has_one_relation_and_the_exports_read_it()
    {
        var table = SampleTables.Rich();
        var membership = FindingMembership.Of(table);
        Assert.Same(membership, FindingMembership.Of(table));
        Assert.Same(membership.FindingByFact, FindingIndex.ByFact(table));
        Assert.NotSame(membership, FindingMembership.Of(table with { }));
    }

    [Fact]
    public void Each_member_is_found_at_its_place_in_its_findings_order_and_each_fact_names_its_finding()
    {
        var table = SampleTables.Rich() with
        {
            Findings =
            [
                new CrossDocumentFinding(FindingKind.Conflict, default, ["c-1", "a-1", "b-1"], ["a.txt", "b.md", "c.txt"]),
                new CrossDocumentFinding(FindingKind.Corroborated, default, ["a-3", "c-2"], ["a.txt", "c.txt"]),
            ],
        };
        var membership = FindingMembership.Of(table);
        Assert.Equal([6, 0, 5], membership.Members(0));
        Assert.Equal([2, 7], membership.Members(1));
        Assert.Equal([1, null, 2, null, null, 1, 1, 2], membership.FindingByFact);
    }

    [Fact]
    public void Each_member_names_its_finding_at_its_place_and_a_fact_in_no_finding_names_none()
    {
        var table = SampleTables.Rich();
        var membership = FindingMembership.Of(table);
        var member = table.Findings[^1].FactIds[0];
        var place = table.Facts.Select(f => f.Id).ToList().IndexOf(member);
        Assert.Equal(table.Findings.Count, membership.FindingByFact[place]);

        var alone = table.Facts.Select((f, i) => (f, i)).First(p => !table.Findings.Any(g => g.FactIds.Contains(p.f.Id)));
        Assert.Null(membership.FindingByFact[alone.i]);
    }

    // The table's second fact's id (a-2 as it is, or a-1 again), and the ids a second finding names beside a conflict of a-1 and b-1.
    public static TheoryData<string, string, string[]> Broken => new()
    {
        { "occurs twice in the fact table", "a-1", ["c-1", "a-3"] },
        { "which is not in the fact table", "a-2", ["c-1", "nope"] },
        { "a fact belongs to one finding at most", "a-2", ["b-1", "c-1"] },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_table_that_breaks_the_relation_is_refused_to_every_reader_not_only_the_first(string message, string secondId, string[] second)
    {
        var table = SampleTables.Rich();
        var facts = table.Facts.ToList();
        facts[1] = facts[1] with { Id = secondId };
        var broken = table with
        {
            Facts = facts,
            Findings =
            [
                new CrossDocumentFinding(FindingKind.Conflict, default, ["a-1", "b-1"], ["a.txt", "b.md"]),
                new CrossDocumentFinding(FindingKind.Corroborated, default, second, ["a.txt", "c.txt"]),
            ],
        };
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => FindingMembership.Of(broken)).Message, StringComparison.Ordinal);
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => FindingMembership.Of(broken)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FindingIndex.ByFact(broken));
        Assert.Throws<ArgumentException>(() => FindingColumns.MembersOf(broken));
        Assert.Throws<ArgumentException>(() => FactsJsonWriter.ToBytes(broken, "g"));
    }
}
