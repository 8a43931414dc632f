using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Formatting;

namespace BeltRoad.Stats.Reporting.Series;

/// <summary>A series' period shape and the change between two of its points, in the words a Chinese statistics table uses.</summary>
internal static class SeriesWords
{
    /// <summary>「年度合计」「1—5月累计」「单月」「季度」「半年」「自2013年起累计」; a level is 「存量」, a rate 「日均（年度）」.</summary>
    public static string Shape(SeriesKey key) => key.Shape is not { } shape
        ? key.Aggregation.ChineseWord()
        : key.Aggregation switch
        {
            Aggregation.PeriodTotal => Shape(shape) + (shape.Kind == PeriodShapeKind.SpanFrom ? "累计" : "合计"),
            _ => key.Aggregation.ChineseWord() + "（" + Shape(shape) + "）",
        };

    public static string Shape(PeriodShape shape) => shape.Kind switch
    {
        PeriodShapeKind.CalendarYear => "年度",
        PeriodShapeKind.MonthsToDate => "年初至今",
        PeriodShapeKind.Month => "单月",
        PeriodShapeKind.Quarter => "季度",
        PeriodShapeKind.HalfYear => "半年",
        PeriodShapeKind.SpanFrom => "自" + PeriodText.Of(shape.Start!.Value) + "起",
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape.Kind, "No words for this period shape."),
    };

    /// <summary>
    /// What changed from <paramref name="before"/> to <paramref name="after"/>: 「较2022年（1.6万列）增加1000列，增长6.3%」;
    /// when either is a bound or a range only the earlier figure is named, as a difference would claim more than the text does.
    /// </summary>
    public static string Change(SeriesPoint after, SeriesPoint? before)
    {
        if (before is null)
        {
            return "此前无同一系列的数据";
        }

        var prefix = "较" + before.PeriodWords + "（" + before.QualifiedValue + "）";
        if (!after.IsPoint || !before.IsPoint)
        {
            return prefix + "：其一为上下限或区间，不计算差额";
        }

        // Totals since January of different lengths (1—3月 after 1—6月) are one series, but their difference is no change.
        if (MonthsSinceJanuary(after.Period) is { } n && MonthsSinceJanuary(before.Period) is { } m && n != m)
        {
            return prefix + "：年初至今的月数不同，不计算差额";
        }

        if (Implausible(before, after))
        {
            return prefix + "：两数相差十倍以上，口径可能不同，不计算差额";
        }

        var difference = after.Fact.Value - before.Fact.Value;
        var amount = after.Fact.Unit == Unit.Percent
            ? Math.Abs(difference).ToString("0.##", CultureInfo.InvariantCulture) + "个百分点"
            : BeltRoad.Stats.Charts.ReadableNumber.Format(Math.Abs(difference), UnitWords.ChartFormat(after.Fact.Unit, after.Fact.Measure));
        var direction = difference > 0 ? "增加" + amount : difference < 0 ? "减少" + amount : "持平";
        var percent = before.Fact.Value != 0 && difference != 0 && after.Fact.Unit != Unit.Percent
            ? "，" + (difference > 0 ? "增长" : "下降") + Math.Abs(Math.Round(difference / before.Fact.Value * 100m, 1)).ToString("0.#", CultureInfo.InvariantCulture) + "%"
            : "";
        return prefix + direction + percent;
    }

    // 「43.85万亿元」 a year after 「1709.7亿元」 in one series: ten times or more within two years is another measure read
    // under the same words (a fair's deals or a province's trade taken for the country's), not a change to print.
    private const decimal ImplausibleFactor = 10m;
    private const int ImplausibleWithinMonths = 24;

    private static bool Implausible(SeriesPoint before, SeriesPoint after)
    {
        var (a, b) = (Math.Abs(after.Fact.Value), Math.Abs(before.Fact.Value));
        if (a == 0 || b == 0 || after.Fact.Unit == Unit.Percent)
        {
            return false;
        }

        var (late, early) = (after.Period.Latest, before.Period.Latest);
        var months = ((late.Year - early.Year) * 12) + late.Month - early.Month;
        return Math.Abs(months) < ImplausibleWithinMonths && Math.Max(a, b) >= ImplausibleFactor * Math.Min(a, b);
    }

    /// <summary>How many months a year-to-date period covers (1–3月: 3); null for any other shape.</summary>
    internal static int? MonthsSinceJanuary(Period period) =>
        PeriodShape.TryOf(period, out var shape) && shape.Kind == PeriodShapeKind.MonthsToDate ? period.Latest.Month : null;
}
