using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>Finds the time cues of one sentence: its dates from the recognizer, and the cue words of <see cref="TimeWords"/>.</summary>
internal static class SentenceTimeCues
{
    public static List<TimeCue> Find(string simplified, Sentence sentence, IReadOnlyList<Mention> inSentence, DocumentTimeFrame frame, TimeWords words)
    {
        var cues = new List<TimeCue>();
        foreach (var date in inSentence)
        {
            if (date.Kind == MentionKind.DatePeriod && date.Time is { } time && Cue(simplified, sentence, date, time, frame, words) is { } cue)
            {
                cues.Add(cue);
            }
        }

        AddWords(cues, simplified, sentence, inSentence, words.Current, TimeCueKind.Current);
        AddWords(cues, simplified, sentence, inSentence, words.BackReference, TimeCueKind.BackReference);
        AddWords(cues, simplified, sentence, inSentence, words.SinceEvent, TimeCueKind.SinceEvent);
        // 「自2021年12月3日开通运营以来」: a since that states its start needs no earlier one.
        cues.RemoveAll(c => c.Kind == TimeCueKind.SinceEvent && cues.Any(d => d.Kind == TimeCueKind.Since && d.Clause == c.Clause));
        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return cues;
    }

    private static TimeCue? Cue(string text, Sentence sentence, Mention date, TimeExpression time, DocumentTimeFrame frame, TimeWords words)
    {
        var clause = ClauseOf(sentence, date.Start);
        var before = text.AsSpan(sentence.Clauses[clause].Start, date.Start - sentence.Clauses[clause].Start);
        if (time.Role == TimeRole.Since)
        {
            // 「10年来」 counts years from no stated start: a running total, but no date (and no 累计 date either).
            var since = StatedDates.HasYearDigits(date.Text) && time.From.ToPeriodPoint() is { } start ? frame.Since(start) : null;
            return new TimeCue(date.Start, date.End, TimeCueKind.Since, since, clause, true, SinceStart: since?.From);
        }

        if (!StatedDates.States(date, time) || time.ToPeriod() is not { } period || StatedDates.IsDateline(text, date.End))
        {
            return null;
        }

        // 「今年以来」: a year named relative to the document's, right before 以来, runs from its start to the document's date
        // (the recognizer reads a written year with its 以来 as a since, 「2023年以来」, but not 今年).
        if (time.To is null && period.From.Precision == DatePrecision.Year && !StatedDates.HasYearDigits(date.Text)
            && words.SinceClose.At(text, date.End, Math.Min(text.Length, date.End + 2)) is not null)
        {
            return new TimeCue(date.Start, date.End, TimeCueKind.Since, frame.Since(period.From), clause, true, SinceStart: period.From);
        }

        // 「自2016年在泰国共建第一个鲁班工坊以来」: a year between 自 and 以来 in one clause opens a running span; so does a
        // date opening its clause (「2023年4月13日开行以来，…累计开行2674列」).
        if (time.To is null && (words.SinceOpen.EndOf(before) is not null || before.Trim().IsEmpty) && ClosesSince(text, date.End, sentence.Clauses[clause].End, words))
        {
            return new TimeCue(date.Start, date.End, TimeCueKind.Since, frame.Since(period.From), clause, true, SinceStart: period.From);
        }

        // "Since the first train was launched in 2011", "since it began operations in 2016": the event a since-clause
        // names starts a running span, as 自…以来 does.
        if (time.To is null && time.Role == TimeRole.Point && SinceClause(text, sentence.Clauses[clause].Start, date.Start, words))
        {
            return new TimeCue(date.Start, date.End, TimeCueKind.Since, frame.Since(period.From), clause, true, SinceStart: period.From);
        }

        // 「比去年同期」 "from the same month last year": the period a year-on-year change holds against. So is a year
        // named relative to the document's after a baseline word (「比上年增长1.3%」「较去年提高」): the year before the
        // period the figure reports on, whatever that period is.
        if (StatedDates.IsSamePeriodEarlier(text, date.Start, date.End, words)
            || (time.Role == TimeRole.Point && time.To is null && !StatedDates.HasYearDigits(date.Text) && StatedDates.IsBaseline(text, date.Start, date.End, words)))
        {
            return new TimeCue(date.Start, date.End, TimeCueKind.SamePeriodEarlier, period, clause, false);
        }

        if (time.Role == TimeRole.Point && time.To is null && StatedDates.IsBaseline(text, date.Start, date.End, words))
        {
            return new TimeCue(date.Start, date.End, TimeCueKind.Baseline, period, clause, false);
        }

        // 「于2018年成立」 "founded in 2018": an event's date, which says nothing of the other clauses' figures.
        var frames = words.Event.EndOf(before) is null;
        // 「截至今年11月3日」: the recognizer reads the date after 今年 without its 截至, which still makes it an as-of date.
        var role = time.Role == TimeRole.Point && words.AsOf.EndOf(before.TrimEnd()) is not null ? TimeRole.AsOf : time.Role;
        return new TimeCue(date.Start, date.End, TimeCueKind.Stated, period, clause, frames, role);
    }

    private static bool ClosesSince(string text, int from, int clauseEnd, TimeWords words) => words.SinceClose.Any(text, from, clauseEnd);

    // A since-word before the date in its clause with only words between (no figure, no other date): at most this far.
    private const int MaxSinceClause = 60;

    private static bool SinceClause(string text, int clauseStart, int dateStart, TimeWords words)
    {
        var since = words.SinceClause.Last(text, Math.Max(clauseStart, dateStart - MaxSinceClause), dateStart);
        return since >= 0 && text.AsSpan(since, dateStart - since).IndexOfAnyInRange('0', '9') < 0;
    }

    private static void AddWords(List<TimeCue> cues, string text, Sentence sentence, IReadOnlyList<Mention> inSentence, WordList list, TimeCueKind kind)
    {
        foreach (var (start, end) in list.Find(text, sentence.Start, sentence.End))
        {
            // A word inside a recognised mention (「至今」 in a date) is the mention's business; 同期 right after a date
            // (去年同期) names that date's period, it refers back to none.
            if (!Overlaps(inSentence, start, end) && !(kind == TimeCueKind.BackReference && DateEndsAt(inSentence, text, start)))
            {
                cues.Add(new TimeCue(start, end, kind, null, ClauseOf(sentence, start), true));
            }
        }
    }

    private static bool DateEndsAt(IReadOnlyList<Mention> mentions, string text, int at)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Kind == MentionKind.DatePeriod && mentions[k].End <= at && text.AsSpan(mentions[k].End, at - mentions[k].End).Trim().IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    // A loop, not a lambda over the word's span: that cost a closure for every cue word found.
    private static bool Overlaps(IReadOnlyList<Mention> mentions, int start, int end)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Start < end && start < mentions[k].End)
            {
                return true;
            }
        }

        return false;
    }

    public static int ClauseOf(Sentence sentence, int index)
    {
        for (var i = 0; i < sentence.Clauses.Count; i++)
        {
            if (index < sentence.Clauses[i].End)
            {
                return i;
            }
        }

        return sentence.Clauses.Count - 1;
    }
}
