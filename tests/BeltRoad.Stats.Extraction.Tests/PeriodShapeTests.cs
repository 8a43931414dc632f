using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>The shape of a period (MEANING.md 2.1, Series), derived from an as_of in one place.</summary>
public class PeriodShapeTests
{
    [Theory]
    [InlineData("2023", "year")]
    [InlineData("2023-01/2023-12", "year")]
    [InlineData("2023-01-01/2023-12-31", "year")]
    [InlineData("2023-05", "month")]
    [InlineData("2023-05-01/2023-05-31", "month")]
    [InlineData("2023-01/2023-05", "months-1-N")]
    [InlineData("2023/2023-05", "months-1-N")]
    [InlineData("2023-01/2023-09", "months-1-N")]
    [InlineData("2023-01/2023-03", "months-1-N")] // 一季度 is the year to March
    [InlineData("2023-01/2023-06", "months-1-N")] // 上半年 the year to June
    [InlineData("2023-04/2023-06", "quarter")]
    [InlineData("2023-07/2023-12", "half-year")]
    [InlineData("2013/2022", "from-2013")]
    [InlineData("2013/2023-10", "from-2013")]
    [InlineData("2021-12-03/2025-12-02", "from-2021-12-03")]
    [InlineData("2024-01-01/2024-12-19", "from-2024-01-01")]
    [InlineData("2023-03/2023-05", "from-2023-03")]
    public void An_as_of_has_the_shape_of_the_period_it_names(string asOf, string shape)
    {
        Assert.True(Period.TryParse(asOf, out var period));

        Assert.Equal(shape, PeriodShape.Of(period!).Code);
    }

    [Fact]
    public void A_single_day_has_no_shape_and_asking_for_one_says_which_period()
    {
        Assert.True(Period.TryParse("2023-08-31", out var day));

        Assert.False(PeriodShape.TryOf(day!, out _));
        Assert.Contains("2023-08-31", Assert.Throws<ArgumentException>(() => PeriodShape.Of(day!)).Message);
    }

    [Fact]
    public void Year_to_date_totals_of_any_length_are_one_series_apart_from_single_months()
    {
        Assert.Equal(Fact("2023-01/2023-05", Aggregation.PeriodTotal).Series, Fact("2024-01/2024-03", Aggregation.PeriodTotal).Series);
        Assert.NotEqual(Fact("2023-01/2023-05", Aggregation.PeriodTotal).Series, Fact("2024-04/2024-06", Aggregation.PeriodTotal).Series);
    }

    [Fact]
    public void Every_aggregation_says_whether_its_series_are_shaped() =>
        Assert.All(Enum.GetValues<Aggregation>(), a => _ = PeriodShape.Applies(a));

    [Fact]
    public void A_month_and_the_months_to_it_are_points_of_different_series()
    {
        var january = Fact("2023-01", Aggregation.PeriodTotal);
        var toMay = Fact("2023-01/2023-05", Aggregation.PeriodTotal);
        var year = Fact("2022", Aggregation.PeriodTotal);
        var otherYear = Fact("2016", Aggregation.PeriodTotal);

        Assert.NotEqual(january.Series, toMay.Series);
        Assert.Equal(year.Series, otherYear.Series);
    }

    [Fact]
    public void A_level_is_one_series_whatever_the_precision_of_its_date_and_a_total_without_a_shape_is_none()
    {
        Assert.Equal(Fact("2023-06-30", Aggregation.Level).Series, Fact("2022", Aggregation.Level).Series);
        Assert.Null(Fact("2023-06-30", Aggregation.PeriodTotal).Series);
        Assert.Null(Fact(null, Aggregation.PeriodTotal).Series);
        Assert.Null((Fact("2022", Aggregation.Level) with { Entity = "" }).Series);
    }

    [Theory]
    [InlineData(Aggregation.Change)]
    [InlineData(Aggregation.Share)]
    public void A_change_or_a_share_is_a_point_of_no_series_as_its_row_need_not_name_its_base(Aggregation aggregation)
    {
        // 出口同比增长5% and 投资同比增长28% of one year, both 同比增长率: one line through them would join two measures.
        var rate = Fact("2023", aggregation) with { Unit = Unit.Percent, Indicator = aggregation == Aggregation.Change ? "同比增长率" : "占比" };

        Assert.Null(rate.Series);
        Assert.NotNull(Fact("2023", Aggregation.PeriodTotal).Series);
    }

    [Fact]
    public void Rates_of_change_of_one_year_in_two_documents_are_no_finding()
    {
        var rate = Fact("2023", Aggregation.Change) with { Unit = Unit.Percent, Indicator = "同比增长率", Value = 2.8m };
        var other = rate with { Id = "y", Doc = "e.txt", Value = 28.4m };

        Assert.Empty(Facts.CrossDocumentMatcher.Match([rate, other], new Dictionary<string, PeriodPoint?>()));
    }

    private static Fact Fact(string? asOf, Aggregation aggregation)
    {
        Period? period = null;
        Assert.True(asOf is null || Period.TryParse(asOf, out period));
        return new Fact("x", "d.txt", new MetricCode("train_count"), "中欧班列", 1m, null, Unit.Trains, Qualifier.Exact, period, "", "", new SourceSpan(0, 1), [new SourceSpan(0, 1)])
        {
            Entity = "中欧班列",
            Indicator = "开行列数",
            Aggregation = aggregation,
        };
    }
}
