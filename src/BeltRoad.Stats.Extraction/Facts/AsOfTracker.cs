using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// Carries a sentence's stated date to the figures after it (「截至2023年6月底，…」 governs the rest of the
/// sentence, clauses joined by ； included), never backwards and never into the next sentence. A baseline
/// such as 「较2013年」 turns the next figure's date into a span from the baseline to the stated date.
/// Open spans (2013年以来, 10年来) and durations date nothing.
/// </summary>
internal sealed class AsOfTracker
{
    private static readonly string[] BaselineWords = ["较", "較", "比", "than", "compared with", "compared to", "from"];

    private Period? _current;
    private PeriodPoint? _baseline;

    public void StartSentence()
    {
        _current = null;
        _baseline = null;
    }

    public void See(Mention date, string text)
    {
        if (date.Time is not { } time || !States(date, time))
        {
            return;
        }

        if (time.Role == TimeRole.Point && time.To is null && IsBaseline(text, date.Start, date.End))
        {
            _baseline = time.From.ToPeriodPoint();
            return;
        }

        _current = time.ToPeriod() ?? _current;
        _baseline = null;
    }

    /// <summary>The date for the next figure; a baseline applies to that one figure only.</summary>
    public Period? TakeForFigure()
    {
        if (_baseline is not { } baseline)
        {
            return _current;
        }

        _baseline = null;
        return _current is { } current && baseline.CompareTo(current.Latest) < 0 ? Period.Span(baseline, current.Latest) : null;
    }

    // A date counts when the text states it: a calendar year, an as-of day or month (截至6月底), or a calendar
    // period relative to the document's date (今年上半年, last year). A count of years (未来5年, 近十年) is a
    // stretch of time, not a date.
    internal static bool States(Mention date, TimeExpression time) =>
        time.Role is TimeRole.Point or TimeRole.AsOf or TimeRole.Span or TimeRole.Target
        && time.From.IsResolved
        && (HasYearDigits(date.Text) || time.Role == TimeRole.AsOf || !CountsYears(date.Text));

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

    private static bool HasYearDigits(string text)
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

    internal static bool IsBaseline(string text, int start, int end)
    {
        if (text.AsSpan(end).TrimStart().StartsWith("相比"))
        {
            return true;
        }

        // The baseline word may stand just before the date or be part of it ("from 2013" recognised as one).
        var before = text.AsSpan(Math.Max(0, start - 14), Math.Min(14, start)).TrimEnd();
        var own = text.AsSpan(start, end - start);
        foreach (var word in BaselineWords)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                || (own.StartsWith(word, StringComparison.OrdinalIgnoreCase) && own.Length > word.Length && !char.IsAsciiLetter(own[word.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
