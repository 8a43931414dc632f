using System.Globalization;

namespace BeltRoad.Stats.Domain;

/// <summary>A calendar point at the precision the text states: 2023, 2023-06 or 2023-06-30.</summary>
public readonly record struct PeriodPoint(int Year, int Month, int Day, DatePrecision Precision) : IComparable<PeriodPoint>
{
    public static PeriodPoint OfYear(int year) => new(year, 1, 1, DatePrecision.Year);

    public static PeriodPoint OfMonth(int year, int month) => new(year, month, 1, DatePrecision.Month);

    public static PeriodPoint OfDay(int year, int month, int day) => new(year, month, day, DatePrecision.Day);

    /// <summary>「6月底」: the month's last day, which is what an analyst means by end of month.</summary>
    public static PeriodPoint MonthEnd(int year, int month) => OfDay(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>The earliest day the point covers, for ordering.</summary>
    public DateOnly FirstDay => new(Year, Month, Day);

    /// <summary>The last day the point covers: a year's 31 December, a month's last day, a day itself ("as of" a month means its end).</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Year => new(Year, 12, 31),
        DatePrecision.Month => new(Year, Month, DateTime.DaysInMonth(Year, Month)),
        DatePrecision.Day => FirstDay,
        _ => throw new InvalidOperationException($"unknown date precision {Precision}"),
    };

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    public static bool TryParse(string text, out PeriodPoint point)
    {
        point = default;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4)
        {
            return false;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        point = parts.Length switch
        {
            1 => OfYear(numbers[0]),
            2 when numbers[1] is >= 1 and <= 12 => OfMonth(numbers[0], numbers[1]),
            3 when numbers[1] is >= 1 and <= 12 && numbers[2] >= 1 && numbers[2] <= DateTime.DaysInMonth(numbers[0], numbers[1]) =>
                OfDay(numbers[0], numbers[1], numbers[2]),
            _ => default,
        };
        return point != default;
    }

    public int CompareTo(PeriodPoint other)
    {
        var byDay = FirstDay.CompareTo(other.FirstDay);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }
}
