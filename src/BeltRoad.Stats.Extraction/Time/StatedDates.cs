using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>Which recognised dates state a time, and which are the base of a comparison.</summary>
internal static class StatedDates
{
    // A date counts when the text states it: a calendar year, an as-of day or month (截至6月底), or a calendar
    // period relative to the document's date (今年上半年, last year). A count of years (未来5年, 近十年) is a
    // stretch of time, not a date.
    public static bool States(Mention date, TimeExpression time) =>
        time.Role is TimeRole.Point or TimeRole.AsOf or TimeRole.Span or TimeRole.Target
        && time.From.IsResolved
        && (HasYearDigits(date.Text) || time.Role == TimeRole.AsOf || !CountsYears(date.Text));

    /// <summary>「较2013年」「2013年相比」 "than in 2013": the date is the base of a comparison, not the figure's time.</summary>
    public static bool IsBaseline(string text, int start, int end, TimeWords words)
    {
        if (text.AsSpan(end).TrimStart().StartsWith("相比"))
        {
            return true;
        }

        // The baseline word may stand just before the date or be part of it ("from 2013" recognised as one).
        var before = text.AsSpan(Math.Max(0, start - 14), Math.Min(14, start));
        if (words.Baseline.EndOf(before) is not null)
        {
            return true;
        }

        var own = text.AsSpan(start, end - start);
        foreach (var word in words.Baseline.Words)
        {
            if (own.StartsWith(word, StringComparison.OrdinalIgnoreCase) && own.Length > word.Length && !char.IsAsciiLetter(own[word.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CountsYears(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '年' && (char.IsDigit(text[i - 1]) || "一二两三四五六七八九十几数".Contains(text[i - 1])))
            {
                return true;
            }
        }

        return text.Contains("years", StringComparison.OrdinalIgnoreCase) || text.Contains("decade", StringComparison.OrdinalIgnoreCase);
    }

    public static bool HasYearDigits(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }
}
