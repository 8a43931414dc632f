using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

public class FactTextTests
{
    [Theory]
    [InlineData(74000, null, "trains", "more_than", "超过7.4万列")]
    [InlineData(19130000000000, null, "USD", "exact", "19.13万亿美元")]
    [InlineData(350000000000, null, "CNY", "approx", "约3500亿元")]
    [InlineData(46.5, null, "percent", "exact", "46.5%")]
    [InlineData(2.8, 9.7, "percent", "range", "2.8%—9.7%")]
    [InlineData(150, null, "countries", "nearly", "近150个国家")]
    [InlineData(1.2, null, "percentage_points", "exact", "1.2个百分点")]
    public void Values_read_in_chinese_units_with_the_qualifier_as_a_word(double value, double? high, string unit, string qualifier, string expected)
    {
        var fact = new FactBuilder().Document("a.txt", "甲", "2024")
            .Fact("a.txt", "count_other", "主体", (decimal)value, UnitCodes.Parse(unit), "2024", QualifierCodes.Parse(qualifier), high: (decimal?)high)
            .Table().Facts.Single();

        Assert.Equal(expected, FactText.QualifiedValue(fact));
    }

    [Theory]
    [InlineData("2023", "2023年")]
    [InlineData("2023-06", "2023年6月")]
    [InlineData("2023-06-30", "2023年6月30日")]
    [InlineData("2013/2022", "2013年—2022年")]
    [InlineData(null, "未注明")]
    public void Dates_read_as_a_chinese_report_writes_them(string? asOf, string expected)
    {
        Period.TryParse(asOf, out var period);

        Assert.Equal(expected, PeriodText.Of(period));
    }
}
