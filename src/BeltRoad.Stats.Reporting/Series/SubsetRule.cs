namespace BeltRoad.Stats.Reporting.Series;

/// <summary>
/// A figure about part of a whole is named as such on a card: China's trade with partner countries is not China's total
/// trade. The cue words are data, matched in the quotes of the point's facts.
/// </summary>
internal static class SubsetRule
{
    private static readonly (string Cue, string Words)[] Subsets =
    [
        ("共建国家", "（与共建国家）"), ("共建“一带一路”国家", "（与共建国家）"), ("沿线国家", "（与沿线国家）"), ("共建國家", "（与共建国家）"),
        ("沿線國家", "（与沿线国家）"), ("partner countries", "（与共建国家）"), ("BRI countries", "（与共建国家）"), ("Belt and Road countries", "（与共建国家）"),
    ];

    /// <summary>「（与共建国家）」 when the point's quotes name a subset its entity and indicator do not; empty otherwise.</summary>
    public static string Words(SeriesPoint point)
    {
        foreach (var (cue, words) in Subsets)
        {
            if (point.Facts.Any(f => f.Fact.Quote.Contains(cue, StringComparison.OrdinalIgnoreCase)) && !point.Fact.Indicator.Contains(cue, StringComparison.Ordinal) && point.Fact.Entity != "共建国家")
            {
                return words;
            }
        }

        return "";
    }
}
