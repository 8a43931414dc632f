using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>
/// Over every chart a run plans, on the seeds and on the development corpus (tests/DevCorpus/documents, where the branch
/// has it): no chart mixes series (period shapes, natures, units, aggregations), draws a threshold or tier as a point,
/// draws a bound as an exact point, or (a comparison) mixes periods.
/// </summary>
public class SeriesChartPurityTests
{
    public static TheoryData<string> Corpora()
    {
        var corpora = new TheoryData<string> { "seeds" };
        if (Directory.Exists(Path.Combine(RepoRoot.Path, "tests", "DevCorpus", "documents")))
        {
            corpora.Add(Path.Combine("tests", "DevCorpus", "documents"));
        }

        return corpora;
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task No_planned_chart_mixes_period_shapes_natures_or_thresholds_with_points(string corpus)
    {
        var table = await Table(corpus);
        var model = ReportModelBuilder.Build(new ReportInput(table, MetricCatalog.Default.MetricInfos, MetricCatalog.Default.GroupInfos, table.DataDate, "test"));

        Assert.All(model.Charts, c => Assert.True(ChartPurity.Violation(c) is null, c.FileStem + ": " + ChartPurity.Violation(c)));
        Assert.All(model.Series.Series, s => Assert.All(s.Points, p => Assert.All(p.Facts, f => Assert.Equal(s.Key, f.Fact.Series))));
        var drawn = model.Charts.Where(c => c.Purpose != ChartPurpose.Program).SelectMany(c => c.Facts.Select(f => f.Fact.Id)).ToHashSet();
        Assert.All(model.Series.Tiers, t => Assert.False(drawn.Contains(t.Fact.Id), "a threshold is drawn: " + t.Fact.Quote));
        Assert.Contains(model.Charts, c => c.Purpose == ChartPurpose.TimeSeries);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task The_runs_digest_stays_within_sixty_pages(string corpus)
    {
        // The development corpus's 371 documents once made 63 pages: each section's cut alone does not bound the sum.
        var output = (await Run(corpus, "pages-")).Output;

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(output, "digest.pdf"));
        Assert.InRange(pdf.NumberOfPages, 1, Digest.DigestWriter.MaxPages);
    }

    [Fact]
    public async Task On_the_development_corpus_a_month_a_months_to_date_total_and_a_year_are_different_series_and_tiers_are_left_out()
    {
        if (!Directory.Exists(Path.Combine(RepoRoot.Path, "tests", "DevCorpus", "documents")))
        {
            return; // the branch predates the corpus: the seeds' case above still runs
        }

        var table = await Table(Path.Combine("tests", "DevCorpus", "documents"));
        var model = ReportModelBuilder.Build(new ReportInput(table, MetricCatalog.Default.MetricInfos, MetricCatalog.Default.GroupInfos, table.DataDate, "test"));

        var trains = model.Series.Series.Where(s => s.Key.Entity == "中欧班列" && s.Key.Indicator == "开行列数" && s.Key.Aggregation == Aggregation.PeriodTotal).ToList();
        Assert.True(trains.Select(s => s.Key.Shape).Distinct().Count() >= 2, string.Join(", ", trains.Select(s => s.Key)));
        // A floor held over consecutive months (连续8个月单月开行超过1600列) is no fact at all: extraction leaves it out.
        Assert.DoesNotContain(table.Facts, f => f.Quote.Contains("连续", StringComparison.Ordinal) && f.Quote.Contains("单月", StringComparison.Ordinal)
            && f.Qualifier is Qualifier.MoreThan or Qualifier.AtLeast);
    }

    private static async Task<FactTable> Table(string corpus) => (await Run(corpus, "purity-")).Table;

    // Each test its own folder: a run never reads another test's half-written store.
    private static async Task<(FactTable Table, string Output)> Run(string corpus, string folder)
    {
        var output = Path.Combine(AppContext.BaseDirectory, "report-out", folder + Path.GetFileName(corpus));
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var outcome = await new ReportRunner().RunAsync(new RunOptions(Path.Combine(RepoRoot.Path, corpus), output));
        // The run lets its facts go once facts.sqlite holds them.
        // The run lets its facts and skipped mentions go once written: both are read back from facts.sqlite.
        var store = Path.Combine(output, "facts.sqlite");
        var table = outcome.Account.Listing with { Facts = [.. Storage.FactStore.StreamFacts(store)], Skipped = Storage.FactStore.ReadFacts(store).Skipped };
        Assert.NotEmpty(table.Facts);
        return (table, output);
    }
}
