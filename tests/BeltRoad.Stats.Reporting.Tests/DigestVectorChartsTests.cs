using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>
/// The digest's charts are vectors and text in its own font (no image at all in the file), the digest stays small, and the
/// same input gives the same digest and chart files byte for byte.
/// </summary>
public class DigestVectorChartsTests
{
    [PdfToolFact]
    public void The_digest_draws_its_charts_as_vectors_holds_no_image_and_stays_under_a_megabyte()
    {
        var (dir, files) = ReportFolder.Write(SampleTables.Corpus().Input(), "vector-charts");
        var pdf = Path.Combine(dir, "digest.pdf");

        var (code, images, error) = ProcessRunner.Run("pdfimages", "-list", pdf);
        Assert.True(code == 0, error);
        Assert.Equal(2, images.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // the header's two lines, no image
        Assert.True(new FileInfo(pdf).Length <= 1_000_000, $"{new FileInfo(pdf).Length} bytes");
        Assert.Contains(files.Charts, c => c.StartsWith("charts/series-", StringComparison.Ordinal));
        var text = DigestPdfTests.Text(pdf);
        Assert.Contains("中欧班列 · 开行列数（列，存量）", text, StringComparison.Ordinal); // the series' page, its chart above its points
    }

    [Fact]
    public void The_same_input_gives_the_same_digest_and_chart_bytes()
    {
        var (first, files) = ReportFolder.Write(SampleTables.Corpus().Input(), "rerun-1");
        var (second, _) = ReportFolder.Write(SampleTables.Corpus().Input(), "rerun-2");

        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "digest.pdf")), File.ReadAllBytes(Path.Combine(second, "digest.pdf")));
        Assert.All(files.Charts, c => Assert.Equal(File.ReadAllBytes(Path.Combine(first, c)), File.ReadAllBytes(Path.Combine(second, c))));
    }
}
