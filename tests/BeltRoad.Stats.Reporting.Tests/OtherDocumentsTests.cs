using System.Xml.Linq;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>
/// Acceptance 2: the charts and tables follow the facts, not the seeds. The facts come from paragraphs written
/// for this test (see <see cref="SampleTables.OtherDocuments"/>): ports and a fund that no seed mentions.
/// </summary>
public class OtherDocumentsTests
{
    [Fact]
    public void Charts_are_planned_from_those_figures_alone()
    {
        var (dir, files) = ReportFolder.Write(SampleTables.OtherDocuments().Input(new DateOnly(2024, 2, 1)), "other-docs");

        Assert.Equal(
            new[] { "finance-compare-1", "finance-compare-2", "overview-documents", "overview-metrics", "series-1", "transport-compare-1" }
                .SelectMany(stem => new[] { "charts/" + stem + ".png", "charts/" + stem + ".svg" }),
            files.Charts.Order(StringComparer.Ordinal));
        var teu = Svg(dir, "transport-compare-1");
        Assert.Contains("集装箱吞吐量（标箱，期间合计，2023年）", teu, StringComparison.Ordinal);
        Assert.Contains("北港集团 ≈", teu, StringComparison.Ordinal);
        Assert.Contains("南港集团", teu, StringComparison.Ordinal);
        Assert.Contains("420万", teu, StringComparison.Ordinal);
        Assert.Contains("128万", teu, StringComparison.Ordinal);
        var series = Svg(dir, "series-1");
        Assert.Contains("2021年", series, StringComparison.Ordinal);
        Assert.Contains("365万", series, StringComparison.Ordinal);
        Assert.Contains("47亿", Svg(dir, "finance-compare-1"), StringComparison.Ordinal);
        Assert.Contains("18亿", Svg(dir, "finance-compare-1"), StringComparison.Ordinal);
        Assert.Contains("63亿", Svg(dir, "finance-compare-2"), StringComparison.Ordinal);
        Assert.DoesNotContain("欧元", Svg(dir, "finance-compare-2"), StringComparison.Ordinal);
        Assert.Contains("47亿欧元", Svg(dir, "finance-compare-1"), StringComparison.Ordinal);
        Assert.Contains("63亿元", Svg(dir, "finance-compare-2"), StringComparison.Ordinal);
        Assert.DoesNotContain("中欧班列", string.Concat(files.Charts.Select(c => File.ReadAllText(Path.Combine(dir, c)))), StringComparison.Ordinal);
    }

    [PdfToolFact]
    public void The_digest_tables_carry_those_figures_with_qualifiers_as_words()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.OtherDocuments().Input(new DateOnly(2024, 2, 1)), "other-docs-pdf");

        var text = DigestPdfTests.Text(Path.Combine(dir, "digest.pdf"));

        foreach (var expected in new[] { "310万标箱", "365万标箱", "420万标箱", "128万标箱", "47亿欧元", "18亿欧元", "63亿元", "25亿元", "12个项目", "北港集团年度运营通报", "2024年2月1日" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Contains("近", text, StringComparison.Ordinal);
        Assert.DoesNotContain("中欧班列", text, StringComparison.Ordinal);
    }

    private static string Svg(string dir, string stem)
    {
        var path = Path.Combine(dir, "charts", stem + ".svg");
        return string.Concat(XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value + "\n"));
    }
}
