using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// Rule 2: a sentence that moves from one value to another between two times gives each value its own time
/// (「由2016年的1702列增加到2023年的1.7万列」, "from 1.04 trillion dollars in 2013 to 1.8 trillion in 2021"; with a
/// span 2016—2023年 stated before 由A增加到B, A gets 2016 and B 2023). The change between them gets the span.
/// </summary>
internal static class FromTo
{
    private static readonly string[] ChangeWords = ["倍", "fold", "times"];

    // What may stand between a change and the movement after it: blanks and a comma.
    private const string LeadGap = " ,，\u3000";

    /// <summary>The figures a movement dates, or null when the sentence has none (most: no table made per sentence).</summary>
    public static Dictionary<Mention, DatedPeriod>? Find(string text, Sentence sentence, IReadOnlyList<Mention> figures, List<TimeCue> cues, TimeWords words, DocumentTimeFrame frame)
    {
        Dictionary<Mention, DatedPeriod>? found = null;
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var (a, b) = (figures[i], figures[i + 1]);
            var gapStart = i > 0 ? figures[i - 1].End : sentence.Start;
            if (a.Unit != b.Unit || LastWord(words.From, text, gapStart, a.Start) is not { } fromWord || LastWord(words.To, text, a.End, b.Start) is not { } toWord)
            {
                continue;
            }

            var bEnd = i + 2 < figures.Count ? figures[i + 2].Start : sentence.End;
            var fromTime = StatedBetween(cues, fromWord.End, a.Start) ?? StatedBetween(cues, a.End, toWord.Start);
            var toTime = StatedBetween(cues, toWord.End, b.Start) ?? StatedBetween(cues, b.End, ClauseEnd(sentence, b.Start, bEnd));
            // 「由开通初期的4列增至目前的12列」: a movement to 目前 reaches the document's date; so does one to a figure
            // followed by "now" in its clause ("from 600,000 in December 2021 to more than 1.1 million now").
            var bClauseEnd = ClauseEnd(sentence, b.Start, bEnd);
            if (toTime is null && frame.Date is { } today && cues.Any(c => c.Kind == TimeCueKind.Current && c.Start >= toWord.End && c.End <= bClauseEnd && (c.End <= b.Start || c.Start >= b.End)))
            {
                toTime = Period.AsOf(today);
                if (fromTime is null)
                {
                    (found ??= [])[b] = new DatedPeriod(toTime, AsOfBasis.DocumentDate);
                    continue;
                }
            }

            if ((fromTime is null || toTime is null) && SpanBefore(cues, fromWord.Start) is { To: { } to } span)
            {
                (fromTime, toTime) = (Period.AsOf(span.From), Period.AsOf(to));
            }

            if (fromTime is null || toTime is null || fromTime.From.CompareTo(toTime.Latest) >= 0)
            {
                continue;
            }

            found ??= [];
            found[a] = new DatedPeriod(fromTime, AsOfBasis.FromTo);
            found[b] = new DatedPeriod(toTime, AsOfBasis.FromTo);
            // So is a change stated right before it ("fell 10.3 percent from 2.73 million in 2023 to 2.45 million last
            // year", "jumped 39.4 percent, from …"): the movement is what the change measured. A month or a quarter against
            // the same one a year before ("rising by 114.92 percent from $598 million in April 2023 to …in April 2024") is
            // a year-on-year change, the later period's as 同比 is.
            if (i > 0 && IsChange(figures[i - 1]) && text.AsSpan(figures[i - 1].End, fromWord.Start - figures[i - 1].End).Trim(LeadGap).IsEmpty)
            {
                var yearOnYear = toTime.From.Precision != DatePrecision.Year && YearBefore.Of(toTime) == fromTime;
                found[figures[i - 1]] = new DatedPeriod(yearOnYear ? toTime : Period.Span(fromTime.From, toTime.Latest), AsOfBasis.FromTo);
            }

            // The first change after the movement is over its span ("to 1.8 trillion dollars in 2021, an increase of 73
            // percent"); so are the changes right after it, until a date or a 「；」 (「增长了49倍，年均增速保持在30%以上」).
            var first = figures.Skip(i + 2).FirstOrDefault(IsChange);
            for (var k = first is null ? figures.Count : IndexOf(figures, first); k < figures.Count && (figures[k] == first || !EndsMovement(text, cues, figures[k - 1].End, figures[k].Start)); k++)
            {
                if (IsChange(figures[k]))
                {
                    found[figures[k]] = new DatedPeriod(Period.Span(fromTime.From, toTime.Latest), AsOfBasis.FromTo);
                }
            }
        }

        return found;
    }

    private static int IndexOf(IReadOnlyList<Mention> figures, Mention figure)
    {
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k] == figure)
            {
                return k;
            }
        }

        return figures.Count;
    }

    private static bool EndsMovement(string text, List<TimeCue> cues, int start, int end) =>
        text.AsSpan(start, end - start).IndexOfAny('；', ';') >= 0 || cues.Any(c => c.Kind == TimeCueKind.Stated && c.Start >= start && c.Start < end);

    private static bool IsChange(Mention m) =>
        m.Kind is MentionKind.Percent or MentionKind.PercentagePoints || ChangeWords.Any(w => m.Text.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static (int Start, int End)? LastWord(WordList words, string text, int start, int end)
    {
        (int, int)? last = null;
        foreach (var hit in words.Find(text, start, end))
        {
            last = hit;
        }

        return last;
    }

    // The recognizer may read the movement word into the date (「到2023年」), so a date counts when it ends in the gap.
    private static Period? StatedBetween(List<TimeCue> cues, int start, int end) =>
        cues.LastOrDefault(c => c.Kind == TimeCueKind.Stated && c.End > start && c.End <= end)?.Period;

    private static Period? SpanBefore(List<TimeCue> cues, int before) =>
        cues.LastOrDefault(c => c.Kind == TimeCueKind.Stated && c.End <= before && c.Period!.IsSpan)?.Period;

    private static int ClauseEnd(Sentence sentence, int at, int limit) =>
        Math.Min(limit, sentence.Clauses[SentenceTimeCues.ClauseOf(sentence, at)].End);
}
