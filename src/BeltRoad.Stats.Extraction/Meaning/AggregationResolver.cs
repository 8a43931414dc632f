using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Extraction.Time;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// How a figure is aggregated: a rate word (日均, 年均, "a day") makes an average, unless it names a comparison's base
/// ("from a year earlier"); a percentage is a change when a change word leads to it (同比增长, 提高…个百分点; in English
/// one may follow it: "5 percent higher") and a share otherwise; a metric may fix it (lengths and speeds are
/// attributes); a running total from a stated start (2013年以来, 自…以来, 十年来) and what an event produced
/// (论坛期间, 形成了) are period totals, and so is a flow dated to a span, a year or a month; the rest are levels.
/// </summary>
internal static class AggregationResolver
{
    private const int RateWindow = 12;

    public static Aggregation Resolve(FigureContext figure, AggregationWords words)
    {
        var text = figure.Text;
        var clauseStart = figure.Clause.Start;
        var start = figure.Mention.Start;
        var rate = Rate(figure, words);
        if (figure.Mention.Kind is MentionKind.PercentagePoints)
        {
            return Aggregation.Change;
        }

        if (figure.Mention.Kind is MentionKind.Percent)
        {
            var change = Nearest(words.Change, text, clauseStart, start);
            var share = Nearest(words.Share, text, clauseStart, start);
            // "12.5 percent higher than a year ago": with no cue before it, English states the change right after the rate.
            if (change < 0 && share < 0 && LatinCueIn(words.Change, text, figure.Mention.End, figure.Mention.End + Math.Min(RateWindow, figure.ClauseAfter.Length), words.Comparison))
            {
                change = figure.Mention.End;
            }

            return change > share ? (rate == Aggregation.PerYear ? Aggregation.PerYear : Aggregation.Change) : Aggregation.Share;
        }

        if (rate is { } r)
        {
            return r;
        }

        if (figure.Metric.Aggregation is { } fixedByMetric)
        {
            return fixedByMetric;
        }

        // Cues reach back through the sentence, but not past a 「；」: 「截至…累计开行8.2万列；2023年开行1.7万列」.
        var sentenceStart = Math.Max(figure.In.Sentence.Start, text.LastIndexOf('；', Math.Max(start - 1, 0), start - figure.In.Sentence.Start) + 1);
        // The signing verb stands after the count in Chinese (150多个国家签署), before it in English (signed … with 150 countries).
        var signatories = figure.Unit is Unit.Countries or Unit.Organizations && words.Signatory.Any(text, clauseStart, figure.Clause.End);
        if (!signatories && (figure.AsOf?.Basis == AsOfBasis.Since || TimeCue.AnyEndingBy(figure.In.TimeCues, start, static c => c.Kind == TimeCueKind.Since)))
        {
            return Aggregation.PeriodTotal;
        }

        // 累计, 截至, 已有: a stock at a point; 论坛期间, 形成了: what a stretch of time produced. Over a stated span
        // (今年首10个月累计开行, 2013—2022年…累计) 累计 totals the span.
        if (signatories)
        {
            return Aggregation.Level;
        }

        if (Nearest(words.Level, text, sentenceStart, start) >= 0)
        {
            return figure.AsOf is { Period.IsSpan: true, Basis: not (AsOfBasis.Since or AsOfBasis.DocumentDate) } ? Aggregation.PeriodTotal : Aggregation.Level;
        }

        if (Nearest(words.PeriodTotal, text, sentenceStart, start) >= 0)
        {
            return Aggregation.PeriodTotal;
        }

        return figure.AsOf is { } dated && figure.Metric.IsFlow && IsPeriod(dated) ? Aggregation.PeriodTotal : Aggregation.Level;
    }

    // A span, a year or a month describes a period; a day (截至2023年6月底 → 2023-06-30) or an as-of month is a point.
    // The document's own date marks a current level (目前, 累计), never a period.
    private static bool IsPeriod(DatedPeriod dated) =>
        dated.Basis != AsOfBasis.DocumentDate && (dated.Period.IsSpan || (dated.Period.From.Precision != DatePrecision.Day && dated.Role != TimeRole.AsOf));

    private static Aggregation? Rate(FigureContext figure, AggregationWords words)
    {
        var from = figure.Clause.Start;
        var after = figure.Mention.End + Math.Min(RateWindow, figure.ClauseAfter.Length);
        var best = (At: -1, Rate: (Aggregation?)null);
        foreach (var (aggregation, cues) in words.Rates)
        {
            var at = NearestOutsideDates(cues, figure, from, figure.Mention.Start, words);
            if (at > best.At)
            {
                best = (at, aggregation);
            }

            // "17 trains a day": English states the rate after the figure.
            if (best.Rate is null && LatinCueIn(cues, figure.Text, figure.Mention.End, after, words.Comparison))
            {
                best = (figure.Mention.End, aggregation);
            }
        }

        return best.Rate;
    }

    private static int Nearest(WordList cues, string text, int start, int end) => cues.Last(text, start, end);

    private static bool LatinCueIn(WordList cues, string text, int start, int end, WordList comparison)
    {
        foreach (var (at, _) in cues.Find(text, start, end))
        {
            if (char.IsAsciiLetter(text[at]) && !Covered(text, at, comparison))
            {
                return true;
            }
        }

        return false;
    }

    // 「2023年开行」: a rate word that a date reads into (年开行 inside 2023年开行) is the date's; one inside a whole
    // period (年开行 inside 全年开行) is that period's total; one inside a comparison ("from a year earlier") is its base.
    private static int NearestOutsideDates(WordList cues, FigureContext figure, int start, int end, AggregationWords words)
    {
        var nearest = -1;
        foreach (var (cueStart, cueEnd) in cues.Find(figure.Text, start, end))
        {
            if (!InTimeCue(figure.In.TimeCues, cueStart, cueEnd) && !Inside(figure.Text, cueStart, words.WholePeriod) && !Covered(figure.Text, cueStart, words.Comparison))
            {
                nearest = cueStart;
            }
        }

        return nearest;
    }

    private static bool InTimeCue(IReadOnlyList<TimeCue> cues, int start, int end)
    {
        foreach (var t in cues)
        {
            if (t.Start < end && start < t.End)
            {
                return true;
            }
        }

        return false;
    }

    // A cue starting at or inside one of the words ("a year" in "a year-on-year increase", "from a year earlier").
    private static bool Covered(string text, int at, WordList words) => Within(text, at, words, 0);

    // A cue starting strictly inside one of the words (年开行 inside 全年开行).
    private static bool Inside(string text, int at, WordList words) => Within(text, at, words, 1);

    // Whether one of the words stands in the text starting `back` (minBack ≤ back < its length) characters before `at`.
    // Loops, not LINQ: asked for every rate cue of every figure.
    private static bool Within(string text, int at, WordList words, int minBack)
    {
        foreach (var w in words.Words)
        {
            for (var back = minBack; back < w.Length; back++)
            {
                if (at - back >= 0 && at - back + w.Length <= text.Length && string.CompareOrdinal(text, at - back, w, 0, w.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
