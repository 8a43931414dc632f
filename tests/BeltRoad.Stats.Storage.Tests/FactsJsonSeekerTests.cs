using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

/// <summary>One document's facts sought in a facts.json are the facts a whole read gives for it, or an error: never fewer.</summary>
public class FactsJsonSeekerTests
{
    public static TheoryData<string> Documents => ["a.txt", "b.md", "c.txt"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_sought_gives_the_facts_a_whole_read_gives_for_it(string doc)
    {
        using var folder = new TempFolder();
        var path = Write(folder, SampleTables.Rich());
        var expected = FactsJsonReader.ReadFile(path).Facts.Where(f => f.Doc == doc).ToList();

        var sought = FactsJsonReader.FactsOf(path, [(doc, expected.Count)]);

        Assert.Equal(TableShape.Facts(SampleTables.Rich() with { Facts = expected }), TableShape.Facts(SampleTables.Rich() with { Facts = sought }));
    }

    [Fact]
    public void Many_documents_are_found_among_many_facts()
    {
        using var folder = new TempFolder();
        var facts = Enumerable.Range(0, 400)
            .Select(i => SampleTables.Fact($"f{i}", $"doc{i / 7:D3}.txt", i, quote: new string('引', i % 50)))
            .ToList();
        var path = Write(folder, SampleTables.Rich() with { Documents = [], Facts = facts, Findings = [] });
        string[] wanted = ["doc000.txt", "doc017.txt", "doc056.txt"];

        var sought = FactsJsonReader.FactsOf(path, wanted.Select(d => (d, facts.Count(f => f.Doc == d))));

        Assert.Equal(facts.Where(f => wanted.Contains(f.Doc)).Select(f => f.Id), sought.Select(f => f.Id));
    }

    [Theory]
    [InlineData("a.txt", 4)]
    [InlineData("a.txt", 6)]
    [InlineData("zz.txt", 1)]
    public void Another_count_than_stated_is_an_error(string doc, int count)
    {
        using var folder = new TempFolder();
        var path = Write(folder, SampleTables.Rich());
        Assert.Throws<FormatException>(() => FactsJsonReader.FactsOf(path, [(doc, count)]));
    }

    [Fact]
    public void A_file_without_the_writers_layout_is_an_error_not_fewer_facts()
    {
        using var folder = new TempFolder();
        var path = folder.Write("facts.json", System.Text.Encoding.UTF8.GetBytes(
            """{"schema":"beltroad-stats/facts@1","documents":[],"facts":[{"id":"a-1","doc":"a.txt"}],"findings":[]}"""));
        Assert.Throws<FormatException>(() => FactsJsonReader.FactsOf(path, [("a.txt", 1)]));
    }

    [Fact]
    public void A_file_in_the_earlier_indented_layout_is_an_error_not_fewer_facts()
    {
        using var folder = new TempFolder();
        var path = Write(folder, SampleTables.Rich());
        File.WriteAllBytes(path, SplicedExportsTests.Indented(File.ReadAllBytes(path)));
        var count = SampleTables.Rich().Facts.Count(f => f.Doc == "a.txt");

        Assert.Equal(count, FactsJsonReader.ReadFile(path).Facts.Count(f => f.Doc == "a.txt"));
        Assert.Throws<FormatException>(() => FactsJsonReader.FactsOf(path, [("a.txt", count)]));
    }

    private static string Write(TempFolder folder, FactTable table)
    {
        var path = folder.Sub("facts.json");
        FactsJsonWriter.WriteFile(path, table, SampleTables.Generator);
        return path;
    }
}
