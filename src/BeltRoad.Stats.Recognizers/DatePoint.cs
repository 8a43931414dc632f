using System.Globalization;

namespace BeltRoad.Stats.Recognizers;

/// <summary>
/// A calendar point at year, month or day precision. Year 0 means "not resolved" (a relative expression
/// without a reference date). <see cref="IsMonthEnd"/> records that the day came from 底/末/end-of.
/// </summary>
public readonly record struct DatePoint(int Year, int? Month, int? Day)
{
    public bool IsMonthEnd { get; init; }

    public bool IsResolved => Year != 0;

    public static DatePoint OfYear(int year) => new(year, null, null);

    public static DatePoint OfMonth(int year, int month) => new(year, month, null);

    public static DatePoint OfDay(int year, int month, int day) => new(year, month, day);

    /// <summary>6月底: the last day of the month, flagged so callers know it was "month end".</summary>
    public static DatePoint EndOfMonth(int year, int month) =>
        new(year, month, year > 0 ? DateTime.DaysInMonth(year, month) : 30) { IsMonthEnd = true };

    public string ToIso()
    {
        var year = Year.ToString("0000", CultureInfo.InvariantCulture);
        if (Month is not { } month)
        {
            return year;
        }

        var ym = year + "-" + month.ToString("00", CultureInfo.InvariantCulture);
        return Day is { } day ? ym + "-" + day.ToString("00", CultureInfo.InvariantCulture) : ym;
    }
}
