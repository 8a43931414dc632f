namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// The month each budget year of a document starts in, by the place of its fiscal word ("Pakistan's fiscal year 2023-24":
/// July; "India's FY2023-24": April; "the US fiscal year 2024": October): chosen where the document is read
/// (<c>Meaning/BudgetCountries</c>, by the country whose budget year it is) and handed to the time rules with its frame.
/// A split year with no fiscal word of its own ("In 2023-24, …") is the budget year of the fiscal word stated last before
/// it, else the first after it.
/// </summary>
internal sealed class BudgetYearStarts
{
    /// <summary>No fiscal word read: every budget year starts in the default month.</summary>
    public static readonly BudgetYearStarts None = new([]);

    // By the fiscal word's start, in text order.
    private readonly (int At, int Month)[] _starts;

    public BudgetYearStarts((int At, int Month)[] starts) => _starts = starts;

    /// <summary>The first month of the budget year whose fiscal word stands at (or last before) <paramref name="at"/>.</summary>
    public int MonthAt(int at, int fallback)
    {
        if (_starts.Length == 0)
        {
            return fallback;
        }

        var month = _starts[0].Month;
        foreach (var (start, startMonth) in _starts)
        {
            if (start > at)
            {
                break;
            }

            month = startMonth;
        }

        return month;
    }
}
