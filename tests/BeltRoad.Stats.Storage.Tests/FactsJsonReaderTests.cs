using System.Text;

namespace BeltRoad.Stats.Storage.Tests;

public class FactsJsonReaderTests
{
    [Fact]
    public void Reads_back_what_the_writer_wrote()
    {
        var table = SampleTables.Rich();
        var back = FactsJsonReader.Read(new MemoryStream(FactsJsonWriter.ToBytes(table, SampleTables.Generator)));

        Assert.Equal(TableShape.Facts(table), TableShape.Facts(back));
        Assert.Equal(TableShape.Findings(table), TableShape.Findings(back));
        Assert.Equal(table.Documents, back.Documents);
        Assert.Empty(back.Skipped);
        Assert.Empty(back.Issues);
    }

    [Fact]
    public void Rewriting_what_was_read_gives_the_same_bytes()
    {
        var bytes = FactsJsonWriter.ToBytes(SampleTables.Rich(), SampleTables.Generator);
        Assert.Equal(bytes, FactsJsonWriter.ToBytes(FactsJsonReader.Read(new MemoryStream(bytes)), SampleTables.Generator));
    }

    [Fact]
    public void Reads_and_writes_files_on_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), "storage-tests-" + Guid.NewGuid().ToString("N"), "facts.json");
        try
        {
            FactsJsonWriter.WriteFile(path, SampleTables.Rich(), SampleTables.Generator);
            Assert.Equal(TableShape.Facts(SampleTables.Rich()), TableShape.Facts(FactsJsonReader.ReadFile(path)));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"schema\": \"beltroad-stats/facts@2\", \"facts\": []}")]
    [InlineData("{\"schema\": \"beltroad-stats/facts@1\", \"documents\": [], \"findings\": []}")]
    [InlineData("{\"schema\": \"beltroad-stats/facts@1\", \"documents\": [], \"facts\": [{\"id\": \"x\"}], \"findings\": []}")]
    public void Refuses_what_is_not_a_facts_file_of_this_version(string json) =>
        Assert.Throws<FormatException>(() => FactsJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));
}
