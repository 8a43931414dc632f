using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Metrics;

namespace BeltRoad.Stats.Extraction.Tests.Formats;

/// <summary>Loads a folder and extracts it; compares facts by what they say, not where (offsets differ between formats).</summary>
internal static class FormatFacts
{
    public static FactTable Run(string folder) =>
        new FactTableBuilder(new FactExtractor(MetricCatalog.Default)).Build(DocumentLoader.LoadFolder(folder));

    public static IReadOnlyList<string> Said(FactTable table, string doc) =>
        [.. table.Facts.Where(f => f.Doc == doc).Select(f => $"{f.Metric.Value} {f.Subject} {f.Value} {f.ValueHigh} {f.Unit} {f.Qualifier} {f.AsOf}")];

    /// <summary>Every span of the document's facts points at the figure in its text: it starts with the value's first digit, inside the quote.</summary>
    public static void AssertSpansIndex(FactTable table, LoadResult load, string doc)
    {
        var text = Assert.Single(load.Documents, d => d.Info.Name == doc).Text;
        Assert.All(table.Facts.Where(f => f.Doc == doc), f =>
        {
            var span = text[f.Span.Start..f.Span.End];
            Assert.Contains(span.First(char.IsAsciiDigit), f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // The quote ends at a line break inside a figure (7.4\n万列): compare the span's first line.
            Assert.Contains(Squeeze(span.Split('\n')[0]), Squeeze(f.Quote));
        });
    }

    private static string Squeeze(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c))]);
}
