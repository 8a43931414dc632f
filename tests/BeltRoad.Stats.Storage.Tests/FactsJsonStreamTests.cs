using System.Text;

namespace BeltRoad.Stats.Storage.Tests;

public class FactsJsonStreamTests
{
    public static TheoryData<int> Chunks => [1, 7, 64 * 1024];

    [Theory]
    [MemberData(nameof(Chunks))]
    public void Gives_the_facts_the_whole_file_reader_gives_whatever_the_chunk(int chunk)
    {
        var bytes = FactsJsonWriter.ToBytes(SampleTables.Rich(), SampleTables.Generator);
        var whole = FactsJsonReader.Read(new MemoryStream(bytes)).Facts;

        Assert.Equal(TableShape.Facts(SampleTables.Rich()), TableShape.Facts(SampleTables.Rich() with { Facts = Streamed(bytes, chunk) }));
        Assert.Equal(whole.Select(f => (f.Id, f.Quote, f.Value, f.Occurrences.Count)), Streamed(bytes, chunk).Select(f => (f.Id, f.Quote, f.Value, f.Occurrences.Count)));
    }

    [Fact]
    public void Streams_a_file_on_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), "storage-tests-" + Guid.NewGuid().ToString("N"), "facts.json");
        try
        {
            FactsJsonWriter.WriteFile(path, SampleTables.Rich(), SampleTables.Generator);
            Assert.Equal(FactsJsonReader.ReadFile(path).Facts.Select(f => f.Id), FactsJsonReader.StreamFacts(path).Select(f => f.Id));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"beltroad-stats/facts@1\"")]
    [InlineData("{\"schema\": \"beltroad-stats/facts@2\", \"facts\": []}")]
    [InlineData("{\"facts\": [], \"schema\": \"beltroad-stats/facts@1\"}")]
    [InlineData("{\"schema\": \"beltroad-stats/facts@1\", \"documents\": [], \"findings\": []}")]
    [InlineData("{\"schema\": \"beltroad-stats/facts@1\", \"documents\": [], \"facts\": [{\"id\": \"x\"}], \"findings\": []}")]
    public void Refuses_what_is_not_a_facts_file_of_this_version(string json) =>
        Assert.Throws<FormatException>(() => Streamed(Encoding.UTF8.GetBytes(json), 4).ToList());

    [Fact]
    public void A_file_cut_short_is_an_error_not_fewer_facts()
    {
        var bytes = FactsJsonWriter.ToBytes(SampleTables.Rich(), SampleTables.Generator);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => Streamed(bytes[..(bytes.Length * 2 / 3)], 16).ToList());
    }

    private static List<Domain.Fact> Streamed(byte[] bytes, int chunk) => [.. FactsJsonReader.StreamFacts(new MemoryStream(bytes), chunk)];
}
