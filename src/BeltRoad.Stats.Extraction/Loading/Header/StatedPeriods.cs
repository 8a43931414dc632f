using System.Globalization;
using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Extraction.Loading.Header;

/// <summary>
/// The ends of the dates and periods a text states in full (「截至2023年4月底」「2024年1月1日至12月19日」「2023年前4个月」, "in
/// the first nine months of 2024", "Nov. 30, 2023"), for a dateline that names no year: MEANING.md 2.1 gives it the year
/// of the latest of them that ends on or before its day.
/// </summary>
internal static partial class StatedPeriods
{
    private static readonly Dictionary<string, int> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["一"] = 1, ["二"] = 2, ["两"] = 2, ["兩"] = 2, ["三"] = 3, ["四"] = 4, ["五"] = 5, ["六"] = 6, ["七"] = 7, ["八"] = 8,
        ["九"] = 9, ["十"] = 10, ["十一"] = 11, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
    };

    /// <summary>The year of the latest stated end on or before <paramref name="month"/>/<paramref name="day"/> of its own year.</summary>
    public static int? LatestYearEndingBy(string text, int month, int day)
    {
        DateOnly? latest = null;
        foreach (var end in Ends(text))
        {
            if ((end.Month, end.Day).CompareTo((month, day)) <= 0 && (latest is null || end > latest))
            {
                latest = end;
            }
        }

        return latest?.Year;
    }

    private static IEnumerable<DateOnly> Ends(string text)
    {
        foreach (Match m in ChineseEnd().Matches(text))
        {
            var year = Int(m.Groups["y"].Value);
            var (monthGroup, dayGroup) = m.Groups["m2"].Success ? (m.Groups["m2"], m.Groups["d2"]) : (m.Groups["m"], m.Groups["d"]);
            if (Int(monthGroup.Value) is var mo and >= 1 and <= 12)
            {
                yield return dayGroup.Success && Int(dayGroup.Value) is var d and >= 1 && d <= DateTime.DaysInMonth(year, mo)
                    ? new DateOnly(year, mo, d)
                    : MonthEnd(year, mo);
            }
        }

        foreach (Match m in ChineseMonthsToDate().Matches(text))
        {
            var months = m.Groups["half"].Success ? 6 : m.Groups["q"].Success ? 3 * Counts[m.Groups["q"].Value] : Count(m.Groups["n"].Value);
            if (months is >= 1 and <= 12)
            {
                yield return MonthEnd(Int(m.Groups["y"].Value), months);
            }
        }

        foreach (Match m in EnglishEnd().Matches(text))
        {
            var year = Int(m.Groups["y"].Value);
            if (m.Groups["mon"].Success)
            {
                var mo = EnglishMonths.Number(m.Groups["mon"].Value);
                yield return m.Groups["d"].Success && Int(m.Groups["d"].Value) is var d and >= 1 && d <= DateTime.DaysInMonth(year, mo)
                    ? new DateOnly(year, mo, d)
                    : MonthEnd(year, mo);
            }
            else
            {
                var months = m.Groups["half"].Success ? 6 : m.Groups["quarters"].Success ? 3 * Count(m.Groups["quarters"].Value) : Count(m.Groups["n"].Value);
                if (months is >= 1 and <= 12)
                {
                    yield return MonthEnd(year, months);
                }
            }
        }
    }

    private static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static int Count(string n) => Counts.TryGetValue(n, out var c) ? c : int.TryParse(n, CultureInfo.InvariantCulture, out var i) ? i : n.Length == 0 ? 1 : 0;

    private static int Int(string s) => int.Parse(s.Normalize(System.Text.NormalizationForm.FormKC), NumberStyles.None, CultureInfo.InvariantCulture);

    // 「2024年12月19日」「2023年4月底」「2024年1月1日至12月19日」「2024年1—11月」
    [GeneratedRegex(@"(?<y>[12][0-9]{3})\s*年\s*(?<m>[0-9]{1,2})\s*月(?:\s*(?<d>[0-9]{1,2})\s*日)?(?:\s*(?:至|到|—|–|-|～|~)\s*(?<m2>[0-9]{1,2})\s*月(?:\s*(?<d2>[0-9]{1,2})\s*日)?)?")]
    private static partial Regex ChineseEnd();

    // 「2023年前4个月」「2024年上半年」「2024年前三季度」「2025年一季度」
    [GeneratedRegex(@"(?<y>[12][0-9]{3})\s*年\s*(?:前(?<n>[0-9]{1,2}|十一|十|[一二两三四五六七八九])个?月|(?<half>上半年)|前?(?<q>[一二三])(?:个)?季度)")]
    private static partial Regex ChineseMonthsToDate();

    // "Nov. 30, 2023", "April 2024", "the first nine months of 2024", "the first half of 2023", "the first three quarters of 2024"
    [GeneratedRegex(@"(?:(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:(?<d>[0-9]{1,2}),?\s+)?|first\s+(?:(?<half>half)|(?<quarters>[0-9]|two|three)?\s*quarters?|(?<n>[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months)\s+of\s+)(?<y>(?:19|20)[0-9]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishEnd();
}
