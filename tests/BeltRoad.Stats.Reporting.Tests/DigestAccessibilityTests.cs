using System.Xml.Linq;
using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Reporting.Charts;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>
/// The digest as a screen reader and an archive meet it (issue 55): tagged throughout (PDF/UA-1), each chart a Figure whose
/// alternate text says what it shows and a data table after it, headline cards read card by card, tables row by row with
/// header cells, PDF/A-2a metadata and output intent; the standalone SVG titled and described the same way.
/// </summary>
public class DigestAccessibilityTests
{
    [PdfToolFact]
    public void Every_mark_of_the_digest_is_tagged_content_or_an_artifact_every_chart_a_Figure_with_alt_text_and_a_data_table()
    {
        var pdf = Digest("accessible-structure");

        var tagged = TaggedPdf.Read(pdf);

        Assert.Empty(tagged.Problems);
        var elements = tagged.Root.Descendants().ToList();
        var figures = elements.Where(e => e.Type == "Figure").ToList();
        Assert.NotEmpty(figures);
        foreach (var figure in figures)
        {
            Assert.Contains("。", figure.Alt, StringComparison.Ordinal);
        }

        // After each chart of a section: its data, header cells first, each cell's text given outright.
        var dataTables = elements.Where(e => e.Type == "Table" && e.Descendants().Any(c => c.ActualText is not null)).ToList();
        Assert.NotEmpty(dataTables);
        Assert.All(dataTables, t => Assert.All(t.Descendants().Where(c => c.Type is "TH" or "TD"), c => Assert.NotNull(c.ActualText)));
    }

    [PdfToolFact]
    public void A_screen_reader_hears_the_headline_cards_one_by_one_in_catalogue_order_and_tables_row_by_row()
    {
        var input = SampleTables.Corpus().Input();
        var model = ReportModelBuilder.Build(input);
        var pdf = Digest("accessible-reading");

        var aloud = TaggedPdf.Read(pdf).ReadAloud();

        File.WriteAllLines(Path.ChangeExtension(pdf, ".read-aloud.txt"), aloud); // to listen to, beside the digest
        var cards = aloud.Where(line => line.Contains(" · 截至 ", StringComparison.Ordinal)).ToList();
        Assert.Equal(model.Headlines.Count, cards.Count);
        for (var i = 0; i < cards.Count; i++)
        {
            Assert.StartsWith(model.Headlines[i].View.QualifiedValue + " ", cards[i], StringComparison.Ordinal);
        }

        Assert.Contains("序号 | 数值 | 原文 | 来源", aloud);
        var header = aloud.ToList().IndexOf("序号 | 数值 | 原文 | 来源");
        Assert.StartsWith("1 | " + model.Headlines[0].View.QualifiedValue + " | 「", aloud[header + 1], StringComparison.Ordinal);
        Assert.DoesNotContain(aloud, line => line.Contains("第 2 页", StringComparison.Ordinal));
    }

    [PdfToolFact]
    public void Poppler_prints_each_card_as_its_own_element_before_the_next()
    {
        var model = ReportModelBuilder.Build(SampleTables.Corpus().Input());
        var pdf = Digest("accessible-poppler");

        var (code, structure, error) = ProcessRunner.Run("pdfinfo", "-struct-text", pdf);

        Assert.True(code == 0, error);
        var at = 0;
        foreach (var card in model.Headlines)
        {
            var found = structure.IndexOf("\"" + card.View.QualifiedValue + "\"", at, StringComparison.Ordinal);
            Assert.True(found > at, $"card '{card.View.QualifiedValue}' not after position {at}");
            at = found;
        }
    }

    [PdfToolFact]
    public void The_digest_is_archival_with_XMP_naming_PDF_A_2a_and_PDF_UA_1_and_an_sRGB_output_intent()
    {
        var pdf = Digest("accessible-archive");

        var tagged = TaggedPdf.Read(pdf);

        Assert.Contains("<pdfaid:part>2</pdfaid:part>", tagged.Xmp, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", tagged.Xmp, StringComparison.Ordinal);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", tagged.Xmp, StringComparison.Ordinal);
        Assert.True(tagged.Catalog.TryGetProperty("/OutputIntents", out _));
        Assert.Equal("u:zh-CN", tagged.Catalog.GetProperty("/Lang").GetString());
        var (code, output, error) = ProcessRunner.Run("qpdf", "--check", pdf);
        Assert.True(code == 0, output + error);
    }

    [Fact]
    public void A_series_is_said_from_its_first_point_to_its_last_and_how_far_it_moved()
    {
        var spec = ChartSpec.TimeSeries(
            "中欧班列年开行列数", [new DateOnly(2016, 12, 31), new DateOnly(2020, 12, 31), new DateOnly(2023, 12, 31)], ["2016年", "2020年", "2023年"],
            [ChartSeries.Of("", 1702m, 12406m, 17000m)], ValueFormat.Chinese("列"));

        Assert.Equal("中欧班列年开行列数。2016年1702列增至2023年1.7万列（3个时点），为2016年的10倍。", ChartAlt.Of(spec));
    }

    [Fact]
    public void A_comparison_is_said_from_the_largest_to_the_smallest_with_its_signs_in_words()
    {
        var spec = ChartSpec.Bars("旅客发送人次", ["蒙内铁路", "中老铁路 >"], [1100_0000m, 2079_0000m], ValueFormat.Chinese("人次"));

        Assert.Equal("旅客发送人次。2项，从大到小：中老铁路 超过2079万人次、蒙内铁路 1100万人次。", ChartAlt.Of(spec));
    }

    [Fact]
    public void A_breakdown_is_said_as_its_total_and_each_parts_share()
    {
        var spec = ChartSpec.Bars("中欧班列开行列数构成", ["合计", "西线", "中线", "其他"], [5000m, 2600m, 1500m, 900m], ValueFormat.Chinese("列")) with { ReferenceCategory = 0 };

        Assert.Equal("中欧班列开行列数构成。合计5000列，其中西线 2600列（52%）、中线 1500列（30%）、其他 900列（18%）。", ChartAlt.Of(spec));
    }

    [Fact]
    public void The_standalone_SVG_is_an_image_titled_and_described_by_its_alt_text()
    {
        var spec = ChartSpec.Bars("旅客发送人次", ["蒙内铁路", "中老铁路"], [1100_0000m, 2079_0000m], ValueFormat.Chinese("人次"));

        var svg = XDocument.Parse(ChartImages.Svg(spec)).Root!;

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("chart-title chart-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("旅客发送人次", svg.Element(ns + "title")?.Value);
        Assert.Equal(ChartAlt.Of(spec), svg.Element(ns + "desc")?.Value);
    }

    private static string Digest(string name) => Path.Combine(ReportFolder.Write(SampleTables.Corpus().Input(), name).Dir, "digest.pdf");
}
