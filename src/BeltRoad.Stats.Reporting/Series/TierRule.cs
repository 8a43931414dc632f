using System.Text.RegularExpressions;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Series;

/// <summary>
/// Thresholds and tiers are never points of the series they bound (MEANING.md 2.1): a floor stated for each of
/// several periods (单月开行千列以上, 连续8个月单月开行超过1600列, "more than 1,000 trips a month") or one that
/// names a class of things (开行超百列的城市, "cities with more than 100 trains"). A floor is a figure qualified
/// 超过 / 不少于 / 以上; the cues are data, matched in the figure's quote.
/// </summary>
internal static partial class TierRule
{
    /// <summary>Words that make a floor hold for every period of a kind, not for one period.</summary>
    private static readonly string[] RecurringCues =
    [
        "单月", "每月", "月月", "单日", "每日", "每天", "单周", "每周", "连续", "單月", "每週", "連續",
        "a month", "per month", "each month", "every month", "a day", "per day", "each day", "a week", "per week", "each week", "consecutive",
    ];

    public static bool IsTier(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!fact.Qualifier.IsFloor())
        {
            return false;
        }

        var quote = fact.Quote;
        return RecurringCues.Any(cue => quote.Contains(cue, StringComparison.OrdinalIgnoreCase)) || ClassOfThings().IsMatch(quote);
    }

    // A floor that qualifies the noun after it (超百列的城市, 1000列以上的线路) or an English class ("cities with more than").
    [GeneratedRegex(@"(超过?|逾|多于|不少于)[0-9０-９.,，一二三四五六七八九十两百千万亿]+[\p{IsCJKUnifiedIdeographs}]{0,2}的|[0-9０-９一二三四五六七八九十两百千万亿]+[\p{IsCJKUnifiedIdeographs}]{0,2}(以上|以上的|多)的|\b(cities|ports|countries|companies|firms|routes|projects|lines)\s+(with|that\s+\w+)\s+(more\s+than|over|at\s+least)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClassOfThings();
}
