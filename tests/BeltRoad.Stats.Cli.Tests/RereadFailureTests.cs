using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Meaning;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Extracting;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>
/// A document extracted now reaches the table through its cache entry, read back after the last document. An entry
/// that cannot be read back (a fault of the codec, a damaged page) fails that document alone, named; the other
/// documents' facts are all in the table.
/// </summary>
public class RereadFailureTests
{
    private const string Passage = "示范通道年度报告\n\n2024年3月1日 北京\n\n截至2023年底，示范班列累计开行{0}万列，通达欧洲{1}个国家。\n";

    [Fact]
    public async Task An_entry_that_does_not_read_back_fails_its_document_alone_and_names_it()
    {
        using var folder = new TempFolder();
        var input = folder.Sub("in");
        Directory.CreateDirectory(input);
        for (var i = 0; i < 3; i++)
        {
            File.WriteAllText(Path.Combine(input, $"doc{i}.txt"), string.Format(System.Globalization.CultureInfo.InvariantCulture, Passage, 8 + i, 20 + i));
        }

        var output = folder.Sub("out");
        var staging = Path.Combine(output, "staging");
        Directory.CreateDirectory(staging);
        var listing = InputLister.List(input, InputOptions.Default);
        var keys = listing.Entries.Select(e => "key-" + e.Name).ToList();
        using var cache = ExtractionCache.Open(Path.Combine(output, "extractions.sqlite"));
        // After the last document, before the entries are read back: the middle one's entry replaced by bytes no codec reads.
        var run = new StreamingExtraction(
            new Lazy<FactTableBuilder>(() => new FactTableBuilder(new FactExtractor(MetricCatalog.Default, EntityCatalog.Default))),
            cache,
            ExtractionMemo.None,
            output,
            staging,
            parallelism: 2,
            new Progress<DocumentProgress>(),
            new Dictionary<string, StampedText>(),
            settledBefore: long.MaxValue,
            beforeDecoding: _ => cache.Put(keys[1], new EncodedExtraction("doc1.txt", [0x7f, 0x01, 0x02])),
            reading: _ => new NothingToDispose());

        var table = await run.RunAsync(listing, keys, new HashSet<string>(), CancellationToken.None);

        var failure = Assert.Single(table.Issues, i => i.Severity == Severity.Failure);
        Assert.Equal("doc1.txt", failure.Doc);
        Assert.Contains("could not be processed", failure.Message, StringComparison.Ordinal);
        Assert.Equal(["doc0.txt", "doc2.txt"], table.Documents.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["doc0.txt", "doc2.txt"], table.Facts.Select(f => f.Doc).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(4, table.Facts.Count);
    }

    private sealed class NothingToDispose : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
