using System.Xml.Linq;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>Acceptance on the real seeds: the headline cards, like-with-like charts, a valid digest and XML charts.</summary>
public class SeedsRunTests
{
    [PdfToolFact]
    public async Task A_run_on_the_seeds_leads_with_the_standard_figures_charts_like_with_like_and_writes_a_valid_digest()
    {
        var (output, table) = await Run(Path.Combine(RepoRoot.Path, "seeds"), "run-seeds");
        var model = ReportModelBuilder.Build(Input(table));

        var firstCards = model.Headlines.Take(6).Select(h => (h.Fact.Entity, h.Fact.Indicator, h.Fact.Value, h.Fact.AsOf?.ToString())).ToList();
        Assert.Contains(("一带一路", "签署合作文件的国家数", 150m, "2023-06-30"), firstCards);
        Assert.Contains(("中国", "与共建国家进出口总额", 19_100_000_000_000m, "2013/2022"), firstCards);
        Assert.Contains(("中欧班列", "开行列数", 74_000m, "2023-06-30"), firstCards);
        Assert.Contains(firstCards, c => c.Value == 380_000_000_000m && c.Indicator == "双向投资");
        Assert.All(model.Headlines, h => Assert.Equal(Nature.Actual, h.Fact.Nature));

        Assert.All(model.Charts, c => Assert.Null(ChartPurity.Violation(c)));
        Assert.Contains(model.Charts, c => c.Purpose == ChartPurpose.TimeSeries && c.Facts.Select(f => f.Document.Number).Distinct().Count() >= 2);
        Assert.All(["中欧班列", "亚投行", "蒙内铁路", "中老铁路"], e => Assert.Contains(e, model.Entities.Select(v => v.Name)));

        var pdf = Path.Combine(output, "digest.pdf");
        var (code, check, _) = ProcessRunner.Run("qpdf", "--check", pdf);
        Assert.True(code == 0, check);
        var text = DigestPdfTests.Text(pdf);
        Assert.All(model.Headlines, h => Assert.Contains(h.QualifiedValue, text, StringComparison.Ordinal));
        Assert.DoesNotContain("priority", text, StringComparison.Ordinal);
        var svgs = Directory.GetFiles(Path.Combine(output, "charts"), "*.svg");
        Assert.NotEmpty(svgs);
        Assert.All(svgs, f => Assert.Equal("svg", XDocument.Load(f).Root!.Name.LocalName));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public async Task The_digest_read_as_input_gives_back_every_headline_figure_as_a_fact()
    {
        var (output, table) = await Run(Path.Combine(RepoRoot.Path, "seeds"), "run-seeds-for-digest");
        var headlines = ReportModelBuilder.Build(Input(table)).Headlines;
        var input = Path.Combine(AppContext.BaseDirectory, "report-out", "digest-as-input");
        Directory.CreateDirectory(input);
        File.Copy(Path.Combine(output, "digest.pdf"), Path.Combine(input, "digest.pdf"), overwrite: true);

        var (_, read) = await Run(input, "run-digest");

        Assert.NotEmpty(headlines);
        var facts = read.Facts.Select(f => (f.Value, f.Unit)).ToHashSet();
        Assert.All(headlines, h => Assert.Contains((h.Fact.Value, h.Fact.Unit), facts));
        Assert.Contains(read.Facts, f => f.Value == 74_000m && f.Unit == Unit.Trains && f.Entity == "中欧班列");
        Assert.All(read.Facts, f => Assert.InRange(read.Documents.Single().PageOf(f.Span) ?? 0, 1, read.Documents.Single().Pages!.Count));
    }

    [PdfToolFact]
    public async Task Every_chart_planned_over_a_mixed_corpus_compares_like_with_like()
    {
        var (_, table) = await Run(Path.Combine(AppContext.BaseDirectory, "Data", "mixed-corpus"), "run-mixed");
        var model = ReportModelBuilder.Build(Input(table));

        Assert.All(model.Charts, c => Assert.Null(ChartPurity.Violation(c)));
        Assert.Contains(model.Charts, c => c.Purpose == ChartPurpose.TimeSeries && c.Facts.Select(f => f.Document.Number).Distinct().Count() >= 2);
        Assert.Contains(model.Charts, c => c.Purpose == ChartPurpose.Comparison);
        var breakdown = Assert.Single(model.Charts, c => c.Purpose == ChartPurpose.Breakdown);
        Assert.Equal([5_000m, 2_600m, 1_500m, 600m, 300m], breakdown.Spec.Series.Single().Values.Select(v => v!.Value));
        Assert.Contains(model.Groups.SelectMany(g => g.UnchartedBreakdowns), b => b.Total.Fact.Value == 4_000m);
        Assert.All(model.Headlines, h => Assert.Equal(Nature.Actual, h.Fact.Nature));
    }

    private static async Task<(string Output, FactTable Table)> Run(string input, string name)
    {
        var output = Path.Combine(AppContext.BaseDirectory, "report-out", name);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var outcome = await new ReportRunner().RunAsync(new RunOptions(input, output));
        Assert.Equal(RunStatus.Succeeded, outcome.Status);
        // The run lets its facts go once facts.sqlite holds them.
        // The run lets its facts and skipped mentions go once written: both are read back from facts.sqlite.
        var store = Path.Combine(output, "facts.sqlite");
        return (output, outcome.Account.Listing with { Facts = [.. Storage.FactStore.StreamFacts(store)], Skipped = Storage.FactStore.ReadFacts(store).Skipped });
    }

    private static ReportInput Input(FactTable table) => new(
        table,
        MetricCatalog.Default.MetricInfos,
        MetricCatalog.Default.GroupInfos,
        table.DataDate,
        "test");
}
