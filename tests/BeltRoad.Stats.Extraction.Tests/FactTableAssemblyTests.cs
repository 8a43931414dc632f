using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Metrics;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>The table lists its facts by document name and span, whatever order the extractions came in.</summary>
public class FactTableAssemblyTests
{
    private const string Text = "截至2023年底，示范班列累计开行8.2万列，通达欧洲25个国家。2023年，合作园区吸引投资约410亿美元。\n";

    [Fact]
    public void Facts_come_out_by_document_and_span_when_the_documents_come_in_another_order()
    {
        var (a, b) = (Extract("a.txt"), Extract("b.txt"));
        var reversed = new DocumentExtraction(b.Document, [.. b.Facts.Reverse()], b.Skipped);

        var table = FactTableBuilder.Assemble([reversed, a], []);

        Assert.Equal([.. a.Facts, .. b.Facts], table.Facts);
        Assert.Equal(["b.txt", "a.txt"], table.Documents.Select(d => d.Name));
    }

    [Fact]
    public void Facts_already_in_order_come_out_as_they_came_in()
    {
        var (a, b) = (Extract("a.txt"), Extract("b.txt"));

        var table = FactTableBuilder.Assemble([a, b], []);

        Assert.Equal([.. a.Facts, .. b.Facts], table.Facts);
    }

    [Fact]
    public void Skipped_mentions_come_out_in_the_documents_order()
    {
        var (a, b, c) = (Extract("a.txt"), Extract("b.txt"), Extract("c.txt"));
        SkippedMention[] first = [new("a.txt", new SourceSpan(1, 3), "12", "no unit"), new("a.txt", new SourceSpan(5, 6), "3", "no unit")];
        SkippedMention[] last = [new("c.txt", new SourceSpan(0, 4), "2023", "a year")];

        var table = FactTableBuilder.Assemble([a with { Skipped = first }, b with { Skipped = [] }, c with { Skipped = last }], []);

        Assert.Equal([.. first, .. last], table.Skipped);
        Assert.Equal(last[0], table.Skipped[2]);
    }

    private static DocumentExtraction Extract(string name)
    {
        var extraction = new FactExtractor(MetricCatalog.Default).Extract(Documents.Of(name, Text));
        Assert.True(extraction.Facts.Count >= 3);
        return extraction;
    }
}
