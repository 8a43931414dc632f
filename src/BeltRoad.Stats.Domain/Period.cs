namespace BeltRoad.Stats.Domain;

/// <summary>
/// When a figure holds: a point (截至2023年6月底 → 2023-06-30, 2022年 → 2022) or a span
/// (2013—2022年 → 2013/2022). Serialised as the export contract's <c>as_of</c> string.
/// </summary>
public sealed record Period
{
    private Period(PeriodPoint from, PeriodPoint? to)
    {
        From = from;
        To = to;
    }

    public PeriodPoint From { get; }

    public PeriodPoint? To { get; }

    public bool IsSpan => To is not null;

    /// <summary>The end of the period, which is what "as of" means for ordering time series.</summary>
    public PeriodPoint Latest => To ?? From;

    /// <summary>
    /// A span's length in whole months (2023-07/2024-04: 10; 2019/2021: 36); 0 for a point, a span from a day, or one
    /// ending on a day short of its month's end.
    /// </summary>
    public int WholeMonths
    {
        get
        {
            if (To is not { } to || From.Precision == DatePrecision.Day || From.Year <= 0 || to.Year <= 0)
            {
                return 0;
            }

            var last = to.LastDay;
            return to.Precision == DatePrecision.Day && last.Day != DateTime.DaysInMonth(last.Year, last.Month) ? 0
                : last.Year * 12 + last.Month - (From.Year * 12 + From.Month) + 1;
        }
    }

    public static Period AsOf(PeriodPoint point) => new(point, null);

    public static Period Span(PeriodPoint from, PeriodPoint to) =>
        from.CompareTo(to) <= 0 ? new(from, to) : throw new ArgumentException($"Span {from}/{to} ends before it starts.");

    public override string ToString() => To is { } to ? $"{From}/{to}" : From.ToString();

    public static bool TryParse(string? text, out Period? period)
    {
        period = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Split('/');
        if (parts.Length == 1 && PeriodPoint.TryParse(parts[0], out var point))
        {
            period = AsOf(point);
        }
        else if (parts.Length == 2 && PeriodPoint.TryParse(parts[0], out var from) && PeriodPoint.TryParse(parts[1], out var to) && from.CompareTo(to) <= 0)
        {
            period = Span(from, to);
        }

        return period is not null;
    }
}
