using System.Globalization;

namespace BeltRoad.Stats.Charts;

/// <summary>
/// Ticks of a date axis, spaced by date: year ends (2019年) for spans of two years or more, month ends (2023年5月, then
/// 6月 …) for shorter ones, every 1, 2, 5 … years or 1, 2, 3, 6 months so no more than <see cref="MaxTicks"/> stand
/// (fewer on a small chart).
/// A point sits at the end of the period it states (PeriodText.AxisDate), so a year's tick is its year's last day.
/// </summary>
internal static class DateTicks
{
    public const int MaxTicks = 7;

    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 50];
    private static readonly int[] MonthSteps = [1, 2, 3, 6];

    public static (double[] Positions, string[] Labels) For(DateOnly first, DateOnly last, int maxTicks = MaxTicks)
    {
        var ticks = last.Year - first.Year >= 2 ? Years(first, last, maxTicks) : Months(first, last, maxTicks);
        return ([.. ticks.Select(t => X(t.Date))], [.. ticks.Select(t => t.Label)]);
    }

    /// <summary>The axis coordinate of a date (OLE automation days, as ScottPlot's date axes read them).</summary>
    public static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();

    private static List<(DateOnly Date, string Label)> Years(DateOnly first, DateOnly last, int maxTicks)
    {
        var from = first.Month == 12 && first.Day == 31 ? first.Year : first.Year - 1;
        var step = YearSteps.First(s => (last.Year - from) / s < maxTicks);
        var start = from - (((from % step) + step) % step);
        var ticks = new List<(DateOnly, string)>();
        for (var year = start; year <= last.Year; year += step)
        {
            var end = new DateOnly(year, 12, 31);
            if (end >= first.AddDays(-200))
            {
                ticks.Add((end, year.ToString(CultureInfo.InvariantCulture) + "年"));
            }
        }

        return ticks;
    }

    private static List<(DateOnly Date, string Label)> Months(DateOnly first, DateOnly last, int maxTicks)
    {
        var count = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        var step = MonthSteps.FirstOrDefault(s => count / s < maxTicks, 12);
        var ticks = new List<(DateOnly, string)>();
        var previousYear = 0;
        for (var month = new DateOnly(first.Year, 1, 1); month <= last; month = month.AddMonths(step))
        {
            var end = month.AddMonths(1).AddDays(-1);
            if (end.AddDays(31) < first)
            {
                continue;
            }

            var label = end.Year != previousYear
                ? string.Create(CultureInfo.InvariantCulture, $"{end.Year}年{end.Month}月")
                : string.Create(CultureInfo.InvariantCulture, $"{end.Month}月");
            previousYear = end.Year;
            ticks.Add((end, label));
        }

        return ticks;
    }
}
