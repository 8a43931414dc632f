using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Digest;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;
using Xunit.Abstractions;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>The digest summarises: its page count follows the information but stays bounded for any corpus.</summary>
public class DigestSizeTests(ITestOutputHelper output)
{
    private const int MaxPages = 60;

    [Fact]
    public void A_large_generated_fact_table_gives_at_most_sixty_pages_with_every_cut_stated()
    {
        var input = Generated(documents: 1_500, factsPerDocument: 20).Input(new DateOnly(2024, 12, 31));
        var model = ReportModelBuilder.Build(input);

        var digest = DigestWriter.Write(model);

        output.WriteLine($"{ModelFacts.Of(model).Count} facts in {model.Documents.Count} documents: {digest.Pages} pages, {digest.Bytes.Length} bytes");
        Assert.InRange(digest.Pages, 20, MaxPages);
        Assert.Equal(30_000, ModelFacts.Of(model).Count);
    }

    [Fact]
    public void The_sources_section_lists_at_most_sixty_documents_when_thousands_are_cited_the_cards_first()
    {
        // Many documents behind every chart, entity table and card: the digest cites far more than sixty.
        var model = ReportModelBuilder.Build(Generated(documents: 1_500, factsPerDocument: 10).Input(new DateOnly(2024, 12, 31)));

        var listed = SourcesSection.Listed(model, DigestCuts.Full);

        output.WriteLine($"{model.Documents.Count} documents, {listed.Count} listed");
        Assert.InRange(listed.Count, 1, SourcesSection.MaxListed);
        var cardSources = model.Headlines.SelectMany(h => h.Series.Points.Reverse().Take(1)).Select(p => p.Facts[0].Document.Number);
        Assert.All(cardSources, n => Assert.Contains(listed, d => d.Number == n));
    }

    [PdfToolFact]
    public void Findings_with_thousands_of_members_name_a_few_and_cite_only_those()
    {
        // Every document states the same series: one conflict and one corroboration, each with thousands of members.
        var builder = new FactBuilder();
        for (var d = 0; d < 3_000; d++)
        {
            var doc = string.Create(CultureInfo.InvariantCulture, $"doc_{d:D5}.txt");
            builder.Document(doc, string.Create(CultureInfo.InvariantCulture, $"第{d}号通报"), "2024-01")
                .Fact(doc, "train_count", "中欧班列累计开行", 70_000m + (d % 2 == 0 ? 0 : d), Unit.Trains, "2023-06-30").Meaning("中欧班列", "开行列数")
                .Fact(doc, "count_countries", "签署合作文件的国家", 150m, Unit.Countries, "2023-06-30").Meaning("一带一路", "签署合作文件的国家数");
        }

        var model = ReportModelBuilder.Build(builder
            .Finding(FindingKind.Conflict, "train_count", "中欧班列累计开行")
            .Finding(FindingKind.Corroborated, "count_countries", "签署合作文件的国家")
            .Input(new DateOnly(2024, 12, 31)));

        var digest = DigestWriter.Write(model);

        output.WriteLine($"{ModelFacts.Of(model).Count} facts, findings of {model.Quality.Conflicts[0].Facts.Count} and {model.Quality.Corroborated[0].Facts.Count}: {digest.Pages} pages");
        Assert.InRange(digest.Pages, 1, MaxPages);
        var pdf = Path.Combine(Path.GetTempPath(), "digest-large-findings-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".pdf");
        File.WriteAllBytes(pdf, digest.Bytes);
        var text = DigestPdfTests.Text(pdf).Replace("\n", "", StringComparison.Ordinal);
        File.Delete(pdf);
        Assert.Contains("等共3000条", text, StringComparison.Ordinal);
        Assert.Contains("等共3000份", text, StringComparison.Ordinal);
    }

    [PdfToolFact]
    public void A_corpus_whose_full_cuts_run_past_sixty_pages_is_cut_tighter_until_it_fits_and_says_so()
    {
        // Long labels wrap every row to two or three lines: at every section's full cut the digest runs long.
        var model = ReportModelBuilder.Build(Generated(documents: 1_500, factsPerDocument: 20, labelRepeat: 32).Input(new DateOnly(2024, 12, 31)));

        var full = DigestWriter.Write(model, DigestCuts.Full);
        var digest = DigestWriter.Write(model);

        output.WriteLine($"full cuts: {full.Pages} pages; written: {digest.Pages} pages");
        Assert.True(full.Pages > MaxPages, $"the corpus must need the tighter cuts: {full.Pages} pages at full cuts");
        Assert.InRange(digest.Pages, 20, MaxPages);
        var pdf = Path.Combine(Path.GetTempPath(), "digest-cut-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".pdf");
        File.WriteAllBytes(pdf, digest.Bytes);
        var text = DigestPdfTests.Text(pdf).Replace("\n", "", StringComparison.Ordinal);
        File.Delete(pdf);
        var rows = Assert.Single(DigestCuts.Levels, l => l != DigestCuts.Full && text.Contains(string.Create(CultureInfo.InvariantCulture, $"至多{l.Of(Planning.EntitySections.MaxRows)}行"), StringComparison.Ordinal));
        Assert.DoesNotContain(string.Create(CultureInfo.InvariantCulture, $"至多{Planning.EntitySections.MaxRows}行"), text, StringComparison.Ordinal);
        output.WriteLine($"cut at {rows.Share}");
    }

    [Fact]
    public void A_small_corpus_gives_a_short_digest()
    {
        var digest = DigestWriter.Write(ReportModelBuilder.Build(SampleTables.Corpus().Input()));
        output.WriteLine($"sample corpus: {digest.Pages} pages");

        Assert.InRange(digest.Pages, 8, 16);
    }

    /// <summary>
    /// Many documents stating figures of many entities and indicators (actual and not, several units and dates),
    /// with conflicts and repeats, so every section of the digest is at its cut.
    /// </summary>
    internal static FactBuilder Generated(int documents, int factsPerDocument, int labelRepeat = 1)
    {
        var builder = new FactBuilder();
        var units = new[] { Unit.USD, Unit.CNY, Unit.Trains, Unit.Countries, Unit.Percent, Unit.Tonnes };
        var metrics = new[] { "investment", "trade_volume", "train_count", "count_countries", "percentage", "cargo_tonnes" };
        for (var d = 0; d < documents; d++)
        {
            var doc = string.Create(CultureInfo.InvariantCulture, $"doc_{d:D5}.txt");
            builder.Document(doc, string.Create(CultureInfo.InvariantCulture, $"第{d}号通报：某港口、铁路与基金的年度运营数据") + (labelRepeat > 1 ? "（含港口吞吐量、铁路开行列数、基金投资额与承包工程合同额的分项统计与同比变化说明）" : ""), string.Create(CultureInfo.InvariantCulture, $"{2015 + (d % 10)}-0{1 + (d % 9)}"));
            for (var f = 0; f < factsPerDocument; f++)
            {
                var k = (d * factsPerDocument) + f;
                var u = k % units.Length;
                var entity = string.Create(CultureInfo.InvariantCulture, $"主体{k % 300}") + (labelRepeat > 1 ? "国际港口铁路与基金运营有限责任公司" : "");
                builder.Fact(doc, metrics[u], entity + "指标", 1_000m + (k % 977), units[u], string.Create(CultureInfo.InvariantCulture, $"{2014 + (k % 10)}"),
                        k % 5 == 0 ? Qualifier.MoreThan : Qualifier.Exact)
                    .Meaning(entity, string.Concat(Enumerable.Repeat(string.Create(CultureInfo.InvariantCulture, $"指标{k % 7}"), labelRepeat)), (Nature)(k % 11 == 0 ? k % 5 : 0), Aggregation.Level);
            }
        }

        return builder;
    }
}
