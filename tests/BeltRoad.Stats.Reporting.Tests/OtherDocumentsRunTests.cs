using System.Xml.Linq;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>
/// Acceptance 2, end to end: a whole run over two short documents written for this test (Data/other-documents:
/// ports and a green-energy fund no seed mentions). The charts and the digest follow their figures.
/// </summary>
public class OtherDocumentsRunTests
{
    [PdfToolFact]
    public async Task A_run_over_other_documents_charts_and_tabulates_their_figures()
    {
        var output = Path.Combine(AppContext.BaseDirectory, "report-out", "run-other-documents");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var outcome = await new ReportRunner().RunAsync(new RunOptions(Path.Combine(AppContext.BaseDirectory, "Data", "other-documents"), output));

        Assert.Equal(Domain.RunStatus.Succeeded, outcome.Status);
        var charts = Directory.GetFiles(Path.Combine(output, "charts"), "*.svg").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["finance-compare-1", "finance-compare-2", "overview-documents", "overview-metrics", "series-1", "transport-compare-1"], charts);
        // 北港集团's own line; 南港集团's one point is another group's, compared beside it, not a point of this line.
        Assert.All(["近420万标箱", "365万标箱", "310万标箱", "2023年"], v => Assert.Contains(v, Text(output, "series-1"), StringComparison.Ordinal));
        Assert.DoesNotContain("128万标箱", Text(output, "series-1"), StringComparison.Ordinal);
        Assert.All(["47亿欧元", "18亿欧元"], v => Assert.Contains(v, Text(output, "finance-compare-1"), StringComparison.Ordinal));
        Assert.All(["63亿元", "25亿元"], v => Assert.Contains(v, Text(output, "finance-compare-2"), StringComparison.Ordinal));
        // The two port groups' own throughput in one year (their names end in 集团, each its figures' owner): compared.
        Assert.All(["北港集团", "南港集团", "420万标箱", "128万标箱", "2023年"], v => Assert.Contains(v, Text(output, "transport-compare-1"), StringComparison.Ordinal));

        var digest = DigestPdfTests.Text(Path.Combine(output, "digest.pdf"));
        Assert.All(["310万标箱", "365万标箱", "420万标箱", "128万标箱", "47亿欧元", "18亿欧元", "63亿元", "25亿元", "12个项目", "2024年2月1日"],
            v => Assert.Contains(v, digest, StringComparison.Ordinal));
        Assert.DoesNotContain("中欧班列", digest, StringComparison.Ordinal);
        Assert.Contains("北港集团集装箱吞吐量", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    private static string Text(string output, string chart) =>
        string.Concat(XDocument.Load(Path.Combine(output, "charts", chart + ".svg")).Descendants()
            .Where(e => e.Name.LocalName == "text").Select(e => e.Value + "\n"));
}
