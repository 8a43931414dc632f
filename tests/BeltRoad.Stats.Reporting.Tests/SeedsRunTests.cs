using System.Xml.Linq;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>Acceptance 1 on the real seeds: the digest passes qpdf, shows every headline figure, and every SVG is XML.</summary>
public class SeedsRunTests
{
    [PdfToolFact]
    public async Task A_run_on_the_seeds_writes_a_valid_digest_with_every_headline_figure_and_xml_charts()
    {
        var output = Path.Combine(AppContext.BaseDirectory, "report-out", "run-seeds");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var outcome = await new ReportRunner().RunAsync(new RunOptions(Path.Combine(RepoRoot.Path, "seeds"), output));
        Assert.Equal(RunStatus.Succeeded, outcome.Status);

        var pdf = Path.Combine(output, "digest.pdf");
        var (code, check, _) = ProcessRunner.Run("qpdf", "--check", pdf);
        Assert.True(code == 0, check);
        var text = DigestPdfTests.Text(pdf);
        var headlines = ReportModelBuilder.Build(Input(outcome.Table)).Headlines;
        Assert.NotEmpty(headlines);
        Assert.All(headlines, h => Assert.Contains(h.QualifiedValue, text, StringComparison.Ordinal));

        var svgs = Directory.GetFiles(Path.Combine(output, "charts"), "*.svg");
        Assert.NotEmpty(svgs);
        Assert.All(svgs, f => Assert.Equal("svg", XDocument.Load(f).Root!.Name.LocalName));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    private static ReportInput Input(FactTable table) => new(
        table,
        MetricCatalog.Default.MetricInfos,
        MetricCatalog.Default.GroupInfos,
        table.DataDate,
        "test");

}
