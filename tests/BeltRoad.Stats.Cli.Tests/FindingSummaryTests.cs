using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Pipeline.Extracting;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>
/// The cross-document findings worked out from the facts' summaries are the ones the whole table gives, and the table
/// assembled beside them holds the documents' own facts in the builder's order (issue 54 part 1, the first pass).
/// </summary>
public class FindingSummaryTests
{
    [Fact]
    public void Findings_from_the_summaries_are_the_tables_on_the_seeds_and_their_copies()
    {
        var extractions = SeedsTwice();

        var whole = FactTableBuilder.Assemble(extractions, []);
        var summed = FindingSummary.Assemble(extractions, [.. extractions.Select(FindingSummary.Of)], []);

        Assert.NotEmpty(whole.Findings);
        Assert.Equal(Lines(whole.Findings), Lines(summed.Findings));
        Assert.Equal(whole.Facts.Count, summed.Facts.Count);
        Assert.True(whole.Facts.Zip(summed.Facts).All(p => ReferenceEquals(p.First, p.Second)), "the table holds the extractions' own facts");
        Assert.Equal(whole.Documents, summed.Documents);
        Assert.Equal(whole.Skipped, summed.Skipped);
    }

    [Fact]
    public void Facts_out_of_order_are_sorted_as_the_builder_sorts_them()
    {
        var extractions = SeedsTwice();
        List<DocumentExtraction> reversed = [.. extractions.Select(e => e with { Facts = [.. e.Facts.Reverse()] }).Reverse()];

        var whole = FactTableBuilder.Assemble(reversed, []);
        var summed = FindingSummary.Assemble(reversed, [.. reversed.Select(FindingSummary.Of)], []);

        Assert.Equal(Lines(whole.Findings), Lines(summed.Findings));
        Assert.True(whole.Facts.Zip(summed.Facts).All(p => ReferenceEquals(p.First, p.Second)), "the same order, the extractions' own facts");
    }

    [Fact]
    public void A_summary_keeps_what_the_findings_read_and_drops_the_quote()
    {
        var extraction = SeedsTwice()[0];
        var at = extraction.Facts.ToList().FindIndex(f => f.Quote.Length > 0 && f.Occurrences.Count > 0);
        var fact = extraction.Facts[at];

        var summary = FindingSummary.Of(extraction).Facts[at];

        Assert.Equal((fact.Id, fact.Doc, fact.Span, fact.Metric, fact.Series, fact.AsOf, fact.Value, fact.Unit, fact.Qualifier), (summary.Id, summary.Doc, summary.Span, summary.Metric, summary.Series, summary.AsOf, summary.Value, summary.Unit, summary.Qualifier));
        Assert.Equal("", summary.Quote);
        Assert.Empty(summary.Occurrences);
    }

    private static List<string> Lines(IReadOnlyList<CrossDocumentFinding> findings) =>
        [.. findings.Select(f => $"{f.Kind} {f.Key} [{string.Join(",", f.FactIds)}] [{string.Join(",", f.Documents)}]")];

    // The seeds and a copy of each under another name: every figure is then stated in two documents at least.
    private static List<DocumentExtraction> SeedsTwice()
    {
        var extractor = new FactExtractor(MetricCatalog.Default);
        return [.. Directory.GetFiles(RepoRoot.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(path => new[] { Path.GetFileName(path), "copy_" + Path.GetFileName(path) }.Select(name => (name, text: File.ReadAllText(path))))
            .OrderBy(d => d.name, StringComparer.Ordinal)
            .Select(d => extractor.Extract(new SourceDocument(new DocumentInfo(d.name, "0", d.text.Length, "utf-8", LanguageDetector.Detect(d.text), DocumentHeader.Title(d.text, d.name), null, d.text.Length), d.text)))];
    }
}
