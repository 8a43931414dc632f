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
        for (var index = 0; index < inSentence.Count; index++)
        {
            var date = inSentence[index];
            if (date.Kind == MentionKind.DatePeriod && date.Time is { } time && Cue(simplified, sentence, date, time, frame, words) is { } cue)
            {
                cues.Add(cue);
            }
        }

        DropCountedMonths(cues);
        QuartersOfTheStatedYear(cues, simplified, words);
        StartsBeforeAsOf(cues, simplified, sentence, words);
        AddDays(cues, simplified, sentence, inSentence, frame, words);
        AddFiscalYears(cues, simplified, sentence, inSentence, frame, words);
        AddYearAdjectives(cues, simplified, sentence, inSentence, frame, words);
        AddWords(cues, simplified, sentence, inSentence, words.Current, TimeCueKind.Current);
        DropWholePeriodTotals(cues, simplified, sentence, words);
        AddWords(cues, simplified, sentence, inSentence, words.BackReference, TimeCueKind.BackReference);
        AddWords(cues, simplified, sentence, inSentence, words.ReviewBackReference, TimeCueKind.BackReference, TimeCue.ReviewedSpan);
        AddWords(cues, simplified, sentence, inSentence, words.EventBackReference, TimeCueKind.EventBackReference);
        // 「会议期间内」 holds 期间内 too: the event's word says which period it is.
        DropEventOverlaps(cues);
        AddCountedBackReferences(cues, simplified, sentence, inSentence, words);
        AddWords(cues, simplified, sentence, inSentence, words.SinceEvent, TimeCueKind.SinceEvent);
        AddSinceEventClauses(cues, simplified, sentence, inSentence, words);
        AddWords(cues, simplified, sentence, inSentence, words.SinceThen, TimeCueKind.SinceEvent);
        // 「项目建设期间累计雇用当地员工超过1500人」, "During construction, …": a period of the figure's own that no date states, a
        // since without a start as 「10年来」 is (no date, and no 累计 date either; the figure totals that period).
        AddWords(cues, simplified, sentence, inSentence, words.UndatedPeriods, TimeCueKind.Since);
        // 「自2021年12月3日开通运营以来」: a since that states its start needs no earlier one.
        DropAnsweredSinceEvents(cues);
        cues.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        JoinSpans(cues, simplified, sentence, words);
        return cues;
    }

    /// <summary>
    /// 「2018年二季度客运量较一季度提升57%，集装箱运量则由一季度的约5801个标箱增至二季度的约7918个标箱」: a quarter written
    /// alone (time-words.json yearless_quarters: 一季度, 二季度) after a date of the same sentence that writes its year is that
    /// year's quarter, not the document's year's (the recognizer, which reads no sentence, gives it the reference year).
    /// </summary>
    private static void QuartersOfTheStatedYear(List<TimeCue> cues, string simplified, TimeWords words)
    {
        var year = 0;
        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            if (cue.Period is not { } period)
            {
                continue;
            }

            var written = simplified.AsSpan(cue.Start, cue.End - cue.Start);
            if (StatedDates.HasYearDigits(written))
            {
                year = period.From.Year;
            }
            else if (year > 0 && words.YearlessQuarters.EndOf(written) is { } quarter && quarter.Length == written.Length && period.From.Year != year
                && YearBefore.Of(period, period.From.Year - year) is { } shifted)
            {
                cues[i] = cue with { Period = shifted };
            }
        }
    }

    // 「全年累计派出各类劳务人员25.9万人」: a cumulative word after a word for the whole period in its sentence totals that
    // period, dated as the period is; it marks no total running to the document's date (MEANING.md rule 5 is for
    // markers of the present, and 全年 is the reporting year's).
    private static void DropWholePeriodTotals(List<TimeCue> cues, string simplified, Sentence sentence, TimeWords words)
    {
        for (var i = cues.Count - 1; i >= 0; i--)
        {
            var cue = cues[i];
            if (cue.Kind == TimeCueKind.Current && words.Cumulative.At(simplified, cue.Start, cue.End) is not null
                && words.WholePeriod.Any(simplified, sentence.Start, cue.Start))
            {
                cues.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// "since opening", "since the line opened", "since its launch": a since-clause word and at most
    /// <see cref="MaxSinceEventWords"/> words ending with an event's word (time-words.json since_event_words), with no
    /// figure between, is a since without a date, as 开通以来 is; one whose clause states the start ("since it opened in
    /// December") is a since of its own and the event cue is dropped with the others answered.
    /// </summary>
    private static void AddSinceEventClauses(List<TimeCue> cues, string text, Sentence sentence, IReadOnlyList<Mention> inSentence, TimeWords words)
    {
        foreach (var (start, end) in words.SinceClause.Find(text, sentence.Start, sentence.End))
        {
            var clause = ClauseOf(sentence, start);
            var limit = Math.Min(sentence.Clauses[clause].End, end + MaxSinceEventReach);
            foreach (var (_, eventEnd) in words.SinceEventWords.Find(text, end, limit))
            {
                var between = text.AsSpan(end, eventEnd - end).Trim();
                if (between.Count(' ') < MaxSinceEventWords && between.IndexOfAnyInRange('0', '9') < 0 && !Overlaps(inSentence, start, eventEnd))
                {
                    cues.Add(new TimeCue(start, eventEnd, TimeCueKind.SinceEvent, null, clause, true));
                }

                break;
            }
        }
    }

    // "since it was officially opened": the words from the since to its event word's end, that word's own included.
    private const int MaxSinceEventWords = 5;

    // How far after the since its event word is looked for.
    private const int MaxSinceEventReach = 40;

    // A method of its own, as below: the lambdas' captures are made only when a sentence holds an event's word.
    private static void DropEventOverlaps(List<TimeCue> cues)
    {
        if (cues.Exists(static e => e.Kind == TimeCueKind.EventBackReference))
        {
            cues.RemoveAll(c => c.Kind == TimeCueKind.BackReference && cues.Exists(e => e.Kind == TimeCueKind.EventBackReference && e.Start < c.End && c.Start < e.End));
        }
    }

    // 「自2021年12月3日开通运营以来」: a since-event in a clause whose since states its start. A method of its own: the
    // lambda's capture is made only when a sentence holds a since-event, not for every sentence.
    private static void DropAnsweredSinceEvents(List<TimeCue> cues)
    {
        if (cues.Exists(static c => c.Kind == TimeCueKind.SinceEvent))
        {
            DropSinceEventsAnswered(cues);
        }
    }

    private static void DropSinceEventsAnswered(List<TimeCue> cues) =>
        cues.RemoveAll(c => c.Kind == TimeCueKind.SinceEvent && cues.Any(d => d.Kind == TimeCueKind.Since && d.Clause == c.Clause));

    /// <summary>
    /// "between January 2021 and the first half of 2025", "from October 1, 2022 to September 30, 2023", 「从2016年统一品牌到2023年」: two stated dates, the first after a
    /// word opening a span (time-words.json span_open) and joined to the second by span_joint (in Chinese after a few Han
    /// words naming the start's event), state the span from the first's start to the second's end (the recognizer reads
    /// "between 2000 and 2017" and 「从2016年到2023年」 whole, not a month and a half year, nor words between).
    /// </summary>
    private static void JoinSpans(List<TimeCue> cues, string text, Sentence sentence, TimeWords words)
    {
        YearsBeforeDash(cues, text, words);
        for (var i = cues.Count - 2; i >= 0; i--)
        {
            var (first, second) = (cues[i], cues[i + 1]);
            // "January 2014 - June 2018" (a caption's span): a dash alone between two dates joins them, no opening word needed.
            var dashed = Dashed(text, first.End, second.Start, words);
            // "from October 1, 2022 to September 30, 2023": a date after "from" is read as a comparison's base until its joint
            // and a second date make it a span's start.
            // The comma inside "October 1, 2022" may end a clause: a joint with no stop between still joins the two.
            if (first.Kind is not (TimeCueKind.Stated or TimeCueKind.Baseline) || second.Kind != TimeCueKind.Stated
                || (first.Clause != second.Clause && text.AsSpan(first.End, second.Start - first.End).IndexOfAny(",;，；、") >= 0)
                || first.Period is not { } from || second.Period is not { } to || from.From.CompareTo(to.Latest) >= 0
                || !dashed && words.SpanOpen.At(text, first.Start, first.End) is null && words.SpanOpen.EndOf(text.AsSpan(Math.Max(0, first.Start - MaxSpanOpen), Math.Min(MaxSpanOpen, first.Start)).TrimEnd()) is null
                    && !Closed(text, second, words))
            {
                continue;
            }

            // 「从2016年统一品牌到2023年」: a few Han words may name what happened at the start before the joint.
            var gap = text.AsSpan(first.End, second.Start - first.End).Trim();
            // The recognizer may read the joint into the second date (「到2023年」, which it takes for a deadline).
            var jointInDate = words.SpanJoint.At(text, second.Start, second.End) is not null;
            if (dashed || (jointInDate ? gap.IsEmpty || IsHanWords(gap) : words.SpanJoint.EndOf(gap) is { } joint && (joint.Length == gap.Length || IsHanWords(gap[..^joint.Length]))))
            {
                // "From January 2014 to June 2018, …": a span opening its clause frames the sentence, though its "from" read
                // alone makes the dates a comparison's, which frame nothing.
                var frames = first.Frames || second.Frames || OpensClauseWithSpan(text, sentence.Clauses[first.Clause].Start, first.Start, words);
                cues[i] = first with { Kind = TimeCueKind.Stated, End = second.End, Period = Period.Span(from.From, to.Latest), Role = TimeRole.Span, Frames = frames };
                cues.RemoveAt(i + 1);
            }
        }
    }

    // Nothing but blanks or a list's bullet before a date in its clause ("  • From 2005 to the present, …").
    private static bool OpensClause(ReadOnlySpan<char> before) => before.Trim().TrimStart("•·▪■◦●").Trim().IsEmpty;

    // Nothing before the span in its clause but blanks, a bullet or its opening word ("From", "Between").
    private static bool OpensClauseWithSpan(string text, int clauseStart, int spanStart, TimeWords words)
    {
        var before = text.AsSpan(clauseStart, spanStart - clauseStart).Trim().TrimStart("•·▪■◦●").Trim();
        return before.IsEmpty || (words.SpanOpen.EndOf(before) is { } open && open.Length == before.Length);
    }

    // Only a dash (time-words.json span_dash) between two dates.
    private static bool Dashed(string text, int end, int nextStart, TimeWords words)
    {
        var gap = text.AsSpan(end, nextStart - end).Trim();
        return !gap.IsEmpty && words.SpanDash.EndOf(gap) is { } dash && dash.Length == gap.Length;
    }

    /// <summary>
    /// "2000 - September 2020", "2005 through June 2021" (a caption's or a database's span): a bare year the recognizer read as
    /// a number, then a dash or a span joint, then a stated date of a later year that is no span itself, state the span from
    /// the year's start to that date.
    /// </summary>
    private static void YearsBeforeDash(List<TimeCue> cues, string text, TimeWords words)
    {
        for (var i = 0; i < cues.Count; i++)
        {
            if (cues[i] is not { Kind: TimeCueKind.Stated, Period: { IsSpan: false } period } cue || cue.Start < BareYearLength + 1)
            {
                continue;
            }

            var gapEnd = cue.Start;
            var gapStart = gapEnd;
            while (gapStart > 0 && !char.IsAsciiDigit(text[gapStart - 1]) && gapEnd - gapStart <= MaxYearJoint)
            {
                gapStart--;
            }

            var gap = text.AsSpan(gapStart, gapEnd - gapStart).Trim();
            var yearStart = gapStart - BareYearLength;
            // A year a date before already holds ("from 2000 through September 2020") is joined as two dates are (JoinSpans).
            if (gap.IsEmpty || yearStart < 0 || (yearStart > 0 && char.IsAsciiLetterOrDigit(text[yearStart - 1])) || (i > 0 && cues[i - 1].End > yearStart)
                || (words.SpanDash.EndOf(gap) is not { } dash || dash.Length != gap.Length) && (words.SpanJoint.EndOf(gap) is not { } joint || joint.Length != gap.Length || !char.IsAsciiLetter(gap[0]))
                || YearColumns.BareYear(text.AsSpan(yearStart, BareYearLength)) is not { } year || year >= period.From.Year)
            {
                continue;
            }

            cues[i] = cue with { Start = yearStart, Period = Period.Span(PeriodPoint.OfYear(year), period.Latest), Role = TimeRole.Span };
        }
    }

    private const int BareYearLength = 4;

    // The most characters between the bare year and the date (" through ").
    private const int MaxYearJoint = 10;

    // "for 2021 and 2022 combined": a word right after the second date that makes the two one span (time-words.json span_close).
    private static bool Closed(string text, TimeCue second, TimeWords words) =>
        words.SpanClose.At(text, Blank.SkipSpaces(text, second.End, text.Length), text.Length) is not null;

    // How far before a date its span-opening word is looked for ("between ").
    private const int MaxSpanOpen = 10;

    // The most Han characters between a span's start and its joint (「统一品牌」).
    private const int MaxSpanWords = 6;

    private static bool IsHanWords(ReadOnlySpan<char> words) =>
        words.Length is > 0 and <= MaxSpanWords && !words.ContainsAnyExceptInRange('\u4E00', '\u9FFF');

    private static TimeCue? Cue(string text, Sentence sentence, Mention date, TimeExpression time, DocumentTimeFrame frame, TimeWords words)
    {
        var clause = ClauseOf(sentence, date.Start);
        var before = text.AsSpan(sentence.Clauses[clause].Start, date.Start - sentence.Clauses[clause].Start);
        if (time.Role == TimeRole.Duration && MonthsToDate(text, date, time, before, frame, words) is { } soFar)
        {
            return new TimeCue(date.Start, date.End, TimeCueKind.Stated, soFar, clause, true, TimeRole.Span, MonthsToDate: true);
        }

        if (time.Role == TimeRole.Since)
        {
            // 「为2022年8月以来的单月最高水平」, "the highest since August 2022": a record's reach back from a stated date, no span
            // of the figures (「10年来最高」 states no date: it stays a since without one).
            // A month named without its year ("Since December, …", "since June last year", 「3月以来」) states its start
            // as a written year does: the latest such month by the document's date, as the recognizer resolved it.
            var startStated = StatedDates.HasYearDigits(date.Text) || time.From is { IsResolved: true, Month: not null };
            if (startStated && RecordSince(text, date, before, sentence.Clauses[clause].End, words))
            {
                return null;
            }

            // 「10年来」 counts years from no stated start: a running total, but no date (and no 累计 date either).
            var since = startStated && time.From.ToPeriodPoint() is { } start ? frame.Since(start) : null;
            return new TimeCue(date.Start, date.End, TimeCueKind.Since, since, clause, true, SinceStart: since?.From);
        }

        // A dateline names a day ("BEIJING, May 20 (Xinhua) --"); a month or a year before a dash opens a timeline's line
        // ("January 2022 -- about 80 projects, 30 billion dollars") and dates what follows it.
        if (!StatedDates.States(date, time) || time.ToPeriod() is not { } period
            || (period.From.Precision == DatePrecision.Day && StatedDates.IsDateline(text, date.End)))
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
        // date opening its clause (「2023年4月13日开行以来，…累计开行2674列」), and 至今 as 以来 (「自2023年4月13日开行…至今」).
        if (time.To is null && (words.SinceOpen.EndOf(before) is not null || OpensClause(before)) && ClosesSince(text, date.End, sentence.Clauses[clause].End, words))
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
        if (StatedDates.IsSamePeriodEarlier(text, date.Start, date.End, time, words)
            || (time.Role == TimeRole.Point && time.To is null && !StatedDates.HasYearDigits(date.Text) && StatedDates.IsBaseline(text, date.Start, date.End, period, words)))
        {
            return new TimeCue(date.Start, date.End, TimeCueKind.SamePeriodEarlier, period, clause, false, NamesYear: StatedDates.HasYearDigits(date.Text));
        }

        if (time.Role == TimeRole.Point && time.To is null && StatedDates.IsBaseline(text, date.Start, date.End, period, words))
        {
            return new TimeCue(date.Start, date.End, TimeCueKind.Baseline, period, clause, false);
        }

        // "grew by 131% compared with the first half of 2022", 「比2022年上半年增长」: a period after a comparison's word
        // is its base too; after a movement's "from" (time-words.json from) it is where the movement starts.
        if (period.IsSpan && words.From.EndOf(before.TrimEnd()) is null && StatedDates.IsBaseline(text, date.Start, date.End, period, words)
            && !StartsWithAny(text.AsSpan(date.Start, date.End - date.Start), words.From))
        {
            return new TimeCue(date.Start, date.End, TimeCueKind.Baseline, period, clause, false);
        }

        // 「于2018年成立」 "founded in 2018": an event's date, which says nothing of the other clauses' figures; nor does a
        // date in a relative clause (", which opened for business in January 2016,"), nor one in a clause that opens with a
        // comparison's word (", compared with USD92.3 billion in 2023, an increase of 31 percent": the base's date).
        // A span of days after 于 is when an event was held (「於今年九月十日至十一日舉辦…論壇，吸引逾6,000名…出席」): its days are
        // the period of what it drew and produced in the sentence's later clauses.
        var afterEventWord = words.Event.EndOf(before) is not null;
        var frames = (!afterEventWord || StatedDates.IsDaysSpan(period)) && !IsRelativeClause(before, words) && !IsComparison(text, sentence.Clauses[clause].Start, date.Start, words);
        // 「截至今年11月3日」: the recognizer reads the date after 今年 without its 截至, which still makes it an as-of date.
        var role = time.Role == TimeRole.Point && words.AsOf.EndOf(before.TrimEnd()) is not null ? TimeRole.AsOf : time.Role;
        var isEvent = afterEventWord || words.EventDays.EndOf(before) is not null || ClosedByEvent(text, date.End, sentence.Clauses[clause].End, words);
        return new TimeCue(date.Start, date.End, TimeCueKind.Stated, period, clause, frames, role) { Event = isEvent };
    }

    // 「2021年6月正式通车，」: an event predicate (time-words.json event_predicates) and nothing else after the date in its clause.
    private static bool ClosedByEvent(string text, int dateEnd, int clauseEnd, TimeWords words)
    {
        var at = Blank.SkipSpaces(text, dateEnd, clauseEnd);
        if (words.EventPredicates.At(text, at, clauseEnd) is not { } predicate)
        {
            return false;
        }

        var rest = text.AsSpan(at + predicate.Length, clauseEnd - at - predicate.Length).Trim();
        return rest.IsEmpty || (rest.Length == 1 && char.IsPunctuation(rest[0]));
    }

    /// <summary>
    /// 「自2014年5月23日首趟中欧班列经此出境，截至2024年9月20日，…累计接运…18046列」: a date right after a since-opening word
    /// that is no movement's from (自, 自从; time-words.json since_open less from), with no 以来 or 至今 to close it, opens a
    /// running span when an as-of date follows it in the sentence: the span from it to that date (MEANING.md rule 6, ended by
    /// the stated day as 「截至…，…自…以来」 is). Without the as-of date it stays a stated date, as before.
    /// </summary>
    private static void StartsBeforeAsOf(List<TimeCue> cues, string text, Sentence sentence, TimeWords words)
    {
        for (var i = 0; i < cues.Count - 1; i++)
        {
            var cue = cues[i];
            if (cue is not { Kind: TimeCueKind.Stated, Period: { IsSpan: false } period })
            {
                continue;
            }

            // The words before the date first, the as-of date after it then: most stated dates follow no since word.
            var clauseStart = sentence.Clauses[cue.Clause].Start;
            var before = text.AsSpan(clauseStart, cue.Start - clauseStart).TrimEnd();
            if (words.SinceOpen.EndOf(before) is { } open && words.From.EndOf(before) is null && (before.Length == open.Length || !char.IsAsciiLetter(before[^(open.Length + 1)]))
                && AsOfAfter(cues, cue.End))
            {
                cues[i] = cue with { Kind = TimeCueKind.Since, Period = null, SinceStart = period.From };
            }
        }
    }

    // An as-of date stated after `end` in the sentence. A loop: a lambda would capture `end` for every stated date.
    private static bool AsOfAfter(List<TimeCue> cues, int end)
    {
        foreach (var c in cues)
        {
            if (c.Start > end && c.Role == TimeRole.AsOf)
            {
                return true;
            }
        }

        return false;
    }

    // "The dues stood at Rs214 billion at the end of June last year, which means they rose by 87 per cent in 11 months": in
    // a sentence stating another date the months are counted from it, a duration, not the year's months 1–N.
    private static void DropCountedMonths(List<TimeCue> cues)
    {
        if (cues.Count > 1 && cues.Exists(static c => c.MonthsToDate) && cues.Exists(static c => c.Kind == TimeCueKind.Stated && !c.MonthsToDate))
        {
            cues.RemoveAll(static c => c.MonthsToDate);
        }
    }

    /// <summary>
    /// "climbs 22 percent to $11.3 billion in nine months": a count of months after time-words.json months_to_date is the
    /// months 1–N of the latest year whose N-th month has ended by the document's date, as "in the first nine months" is
    /// (MEANING.md rule 1); "in nine months of operation", "in nine months' time" (months_to_date_not) are durations.
    /// </summary>
    private static Period? MonthsToDate(string text, Mention date, TimeExpression time, ReadOnlySpan<char> before, DocumentTimeFrame frame, TimeWords words)
    {
        var last = time.WholeMonths;
        if (frame.Date is not { Precision: not DatePrecision.Year } today || last is < 2 or > 11
            || !OpensMonthsToDate(text, date, before, words)
            || words.MonthsToDateNot.At(text, Blank.SkipSpaces(text, date.End, text.Length), text.Length) is not null)
        {
            return null;
        }

        var year = PeriodPoint.MonthEnd(today.Year, last).FirstDay <= today.LastDay ? today.Year : today.Year - 1;
        return Period.Span(PeriodPoint.OfMonth(year, 1), PeriodPoint.OfMonth(year, last));
    }

    // The recognizer reads "in" with the count ("in nine months"); written apart, it stands right before the count.
    private static bool OpensMonthsToDate(string text, Mention date, ReadOnlySpan<char> before, TimeWords words)
    {
        if (words.MonthsToDate.At(text, date.Start, date.End) is not null)
        {
            return true;
        }

        var trimmed = before.TrimEnd();
        return words.MonthsToDate.EndOf(trimmed) is { } opener && WordList.IsWholeWord(text, date.Start - (before.Length - trimmed.Length) - opener.Length, opener.Length);
    }

    private static bool StartsWithAny(ReadOnlySpan<char> date, WordList list)
    {
        foreach (var word in list.Words)
        {
            if (date.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The clause opens with a comparison's word (time-words.json baseline: "compared with", "than") and the amount
    // compared stands between it and the date ("From January to October, …" opens with no comparison).
    private static bool IsComparison(string text, int clauseStart, int dateStart, TimeWords words)
    {
        var at = dateStart - Segmenter.WordsOf(text.AsSpan(clauseStart, dateStart - clauseStart)).Length;
        return words.Baseline.All.At(text, at, dateStart) is { } word && words.Baseline.Before(word, period: false) && text.AsSpan(at + word.Length, dateStart - at - word.Length).IndexOfAnyInRange('0', '9') >= 0;
    }

    // The clause opens with a relative word (time-words.json relative_clause).
    private static bool IsRelativeClause(ReadOnlySpan<char> clause, TimeWords words)
    {
        clause = Segmenter.WordsOf(clause);
        var space = clause.IndexOf(' ');
        return space > 0 && words.RelativeClause.EndOf(clause[..space]) is { } word && word.Length == space;
    }

    private static bool ClosesSince(string text, int from, int clauseEnd, TimeWords words) =>
        words.SinceClose.Any(text, from, clauseEnd) || words.SinceToNow.Any(text, from, clauseEnd);

    // A since-word before the date in its clause with only words between (no figure, no other date): at most this far.
    private const int MaxSinceClause = 90;

    private static bool SinceClause(string text, int clauseStart, int dateStart, TimeWords words)
    {
        var since = words.SinceClause.Last(text, Math.Max(clauseStart, dateStart - MaxSinceClause), dateStart);
        return since >= 0 && text.AsSpan(since, dateStart - since).IndexOfAnyInRange('0', '9') < 0;
    }

    /// <summary>
    /// "on Saturday", "as of Wednesday", "last Friday", "yesterday", 昨天: a day named relative to the document's date
    /// states that day (MEANING.md rule 1), when the document's date is known to the day; "next Monday", "through
    /// Thursday" state none (time-words.json weekday_not).
    /// </summary>
    private static void AddDays(List<TimeCue> cues, string text, Sentence sentence, IReadOnlyList<Mention> inSentence, DocumentTimeFrame frame, TimeWords words)
    {
        if (frame.Date is not { Precision: DatePrecision.Day } date)
        {
            return;
        }

        foreach (var (start, end) in words.Days.Find(text, sentence.Start, sentence.End))
        {
            var clause = ClauseOf(sentence, start);
            var before = text.AsSpan(sentence.Clauses[clause].Start, start - sentence.Clauses[clause].Start).TrimEnd();
            if (Overlaps(inSentence, start, end) || words.WeekdayNot.EndOf(before) is not null)
            {
                continue;
            }

            var word = text.Substring(start, end - start);
            var day = date.FirstDay;
            if (words.RelativeDays.TryGetValue(word, out var offset))
            {
                day = day.AddDays(offset);
            }
            else if (words.Weekdays.TryGetValue(word, out var weekday))
            {
                var back = ((int)day.DayOfWeek - (int)weekday + 7) % 7;
                day = day.AddDays(-(back == 0 && words.WeekdayEarlier.EndOf(before) is not null ? 7 : back));
            }

            var role = words.AsOf.EndOf(before) is not null ? TimeRole.AsOf : TimeRole.Point;
            cues.Add(new TimeCue(start, end, TimeCueKind.Stated, Period.AsOf(PeriodPoint.OfDay(day.Year, day.Month, day.Day)), clause,
                words.Event.EndOf(before) is null && !IsRelativeClause(before, words), role));
        }
    }

    /// <summary>
    /// "in fiscal year 2023-24", "FY24", "in the last fiscal year" (<see cref="FiscalYears"/>): the budget year replaces
    /// what the recognizer read of its digits, and governs the rest of the sentence as a stated date does. One stated
    /// after another of the sentence and a year before it ("In FY2023-24, … an increase of 91 per cent over FY2022-23",
    /// "… against 17 in FY23") is the same period a year before, the comparison's base: it dates neither the change nor
    /// the sentence.
    /// </summary>
    private static void AddFiscalYears(List<TimeCue> cues, string text, Sentence sentence, IReadOnlyList<Mention> inSentence, DocumentTimeFrame frame, TimeWords words)
    {
        // Most sentences name no fiscal year: asked before the finder's iterator is made for every sentence.
        var named = words.FiscalYears.Any(text, sentence.Start, sentence.End);
        if (!named && !frame.CountsFiscalYears)
        {
            return;
        }

        Period? stated = null;
        // The budget year the period stated last is a part of, when it is one.
        Period? statedWhole = null;
        foreach (var (fiscalStart, end, whole) in InOrder(named ? FiscalYears.Find(text, sentence, frame, words) : [],
                     frame.CountsFiscalYears ? FiscalYears.Bare(inSentence, frame, words) : []))
        {
            // "the first seven months of the current fiscal year", "the first half of FY2024-25": the part of a year the
            // recognizer read right before the budget year counts its months from the budget year's start.
            if (MonthsRead(cues, fiscalStart, end))
            {
                continue;
            }

            var part = PartBefore(cues, text, fiscalStart, whole, words);
            var (start, period) = part ?? (fiscalStart, whole);

            cues.RemoveAll(c => c.Start < end && c.End > start);
            var clause = ClauseOf(sentence, start);
            // "… compared with 19 ships in the same period of the last fiscal year": the budget year before the one stated,
            // after a part of it, is that part a year before.
            if (stated is { } later && statedWhole is { } laterWhole && YearBefore.Of(laterWhole) == period
                && words.FiscalSamePeriod.Any(text, sentence.Clauses[ClauseOf(sentence, start)].Start, start))
            {
                cues.Add(new TimeCue(start, end, TimeCueKind.SamePeriodEarlier, YearBefore.Of(later), clause, false, NamesYear: true));
                continue;
            }

            if (stated is { } earlier && YearBefore.Of(earlier) == period)
            {
                cues.Add(new TimeCue(start, end, TimeCueKind.SamePeriodEarlier, period, clause, false, NamesYear: true));
                continue;
            }

            var before = text.AsSpan(sentence.Clauses[clause].Start, start - sentence.Clauses[clause].Start);
            cues.Add(new TimeCue(start, end, TimeCueKind.Stated, period, clause, words.Event.EndOf(before) is null && !IsRelativeClause(before, words), TimeRole.Point));
            (stated, statedWhole) = (period, part is null ? null : whole);
        }
    }

    // "July-April (2023-24)": the recognizer read the split year as the years of the months before it; it is no budget year.
    private static bool MonthsRead(List<TimeCue> cues, int start, int end)
    {
        foreach (var c in cues)
        {
            if (c is { Kind: TimeCueKind.Stated, Period.From.Precision: DatePrecision.Month } && c.Start < start && c.End >= end)
            {
                return true;
            }
        }

        return false;
    }

    // A span of months within one year, read by an ordinal part (time-words.json fiscal_parts: "the first seven months"),
    // that a stated cue ends right before the budget year with (an article between at most): its months counted from the
    // budget year's first month, the part of the budget year it names; named months ("July-December FY24") stand where they fall in it.
    private static (int Start, Period Period)? PartBefore(List<TimeCue> cues, string text, int at, Period whole, TimeWords words)
    {
        if (whole is not { From.Precision: DatePrecision.Month, To: { } last })
        {
            return null;
        }

        foreach (var c in cues)
        {
            if (c is { Kind: TimeCueKind.Stated, Period: { From: var from, To: { } to } } && c.End <= at
                && text.AsSpan(c.End, at - c.End).Trim() is var between && (between.IsEmpty || Articles.Is(between))
                && from.Precision != DatePrecision.Year
                && ((from.Year == to.Year && from.Month <= to.Month) || (to.Year == from.Year + 1 && from.Month > to.Month)))
            {
                // An ordinal part counts from the budget year's first month; named months stand in the budget year where
                // they fall ("July-December FY2023-24" → 2023-07/2023-12, "January-March FY2023-24" → 2024-01/2024-03).
                var origin = whole.From.Year * 12 + whole.From.Month - 1;
                var (first, end) = words.FiscalParts.Any(text, c.Start, c.End)
                    ? (origin + from.Month - 1, origin + to.Month - 1)
                    : (Placed(from.Month, whole), Placed(to.Month, whole));
                var lastMonth = last.Year * 12 + last.Month - 1;
                return end > lastMonth ? null
                    : (c.Start, Period.Span(PeriodPoint.OfMonth(first / 12, first % 12 + 1), PeriodPoint.OfMonth(end / 12, end % 12 + 1)));
            }
        }

        return null;
    }

    // A named month's place (year × 12 + month − 1) in the budget year: from its first month on in its first year, before
    // it in the next.
    private static int Placed(int month, Period whole) =>
        (month >= whole.From.Month ? whole.From.Year : whole.From.Year + 1) * 12 + month - 1;

    // The budget years a fiscal word names and those split years stand for alone, by place; a split year a fiscal word's
    // own reading holds ("fiscal year 2023-24") is that reading's.
    private static List<(int Start, int End, Period Period)> InOrder(IEnumerable<(int Start, int End, Period Period)> named, IEnumerable<(int Start, int End, Period Period)> bare)
    {
        var all = named.ToList();
        var count = all.Count;
        foreach (var split in bare)
        {
            if (!all.Take(count).Any(n => n.Start < split.End && n.End > split.Start))
            {
                all.Add(split);
            }
        }

        all.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    // The earliest and latest years a bare year-like number may be.
    private const int FirstYear = 1950;
    private const int LastYear = 2100;

    /// <summary>
    /// "the 2016 peak", "its 2019 level", "Of the 2024 total": a bare year between a determiner and a noun of a
    /// quantity (time-words.json year_determiners, year_nouns) states that year, as "in 2016" would; a number no date
    /// word made a date, which English writes before a noun. A year naming an edition ("the 2024 update") dates nothing.
    /// </summary>
    private static void AddYearAdjectives(List<TimeCue> cues, string text, Sentence sentence, IReadOnlyList<Mention> inSentence, DocumentTimeFrame frame, TimeWords words)
    {
        for (var index = 0; index < inSentence.Count; index++)
        {
            var m = inSentence[index];
            if (m.Kind != MentionKind.Number || m.Length != 4 || m.Value is not { } value || value != decimal.Truncate(value) || value is < FirstYear or > LastYear
                || m.End + 2 >= text.Length || !m.Text.All(char.IsAsciiDigit))
            {
                continue;
            }

            // "Compared with 2013, when trade … totaled …": a bare year right before a date clause (time-words.json
            // date_clauses) is the year that clause speaks of; it frames nothing else.
            if (AsOfResolver.DateClauseAfter(text, m.End, sentence.End, words) >= 0)
            {
                cues.Add(new TimeCue(m.Start, m.End, TimeCueKind.Stated, Period.AsOf(PeriodPoint.OfYear((int)value)), ClauseOf(sentence, m.Start), false));
                continue;
            }

            if (text[m.End] != ' ' || !char.IsAsciiLetterLower(text[m.End + 1]))
            {
                continue;
            }

            var clause = ClauseOf(sentence, m.Start);
            var before = text.AsSpan(sentence.Clauses[clause].Start, m.Start - sentence.Clauses[clause].Start);
            if (before.Length > 0 && before[^1] == ' ' && words.YearDeterminers.EndOf(before) is not null && words.SinceEventWords.At(text, m.End + 1, sentence.End) is not null
                && SinceClause(text, sentence.Clauses[clause].Start, m.Start, words))
            {
                // "since the 2011 launch", "since its 2016 opening": the year of the event a since names starts a running
                // span, as "since it was launched in 2011" does (rule 6).
                var start = PeriodPoint.OfYear((int)value);
                cues.Add(new TimeCue(m.Start, m.End, TimeCueKind.Since, frame.Since(start), clause, true, SinceStart: start));
                continue;
            }

            if (before.Length > 0 && before[^1] == ' ' && words.YearDeterminers.EndOf(before) is not null && words.YearNouns.At(text, m.End + 1, sentence.End) is not null)
            {
                cues.Add(new TimeCue(m.Start, m.End, TimeCueKind.Stated, Period.AsOf(PeriodPoint.OfYear((int)value)), clause, !IsRelativeClause(before, words)));
            }
        }
    }

    // How far a record word may stand from its since: 「以来的单月最高」 after it, "the highest monthly level since" before it.
    private const int RecordAfter = 6;
    private const int RecordBefore = 30;

    private static bool RecordSince(string text, Mention date, ReadOnlySpan<char> before, int clauseEnd, TimeWords words) =>
        words.RecordSince.Any(text, date.End, Math.Min(date.End + RecordAfter, clauseEnd))
        || words.RecordSince.Any(text, date.Start - Math.Min(RecordBefore, before.Length), date.Start);

    private static void AddWords(List<TimeCue> cues, string text, Sentence sentence, IReadOnlyList<Mention> inSentence, WordList list, TimeCueKind kind, int months = 0)
    {
        foreach (var (start, end) in list.Find(text, sentence.Start, sentence.End))
        {
            // A word inside a recognised mention (「至今」 in a date) is the mention's business; 同期 right after a date
            // (去年同期) names that date's period, it refers back to none. A back-reference holding a bare number ("over
            // the three months", "in the quarter": a duration or a fraction to the recognizer) yields only to a date.
            // An event's days counted (「兩日間」: 兩 a bare number to the recognizer) hold one too.
            var back = kind == TimeCueKind.BackReference;
            if (!Overlaps(inSentence, start, end, back || kind == TimeCueKind.EventBackReference) && !(back && DateEndsAt(inSentence, text, start)))
            {
                cues.Add(new TimeCue(start, end, kind, null, ClauseOf(sentence, start), true) { Months = months });
            }
        }
    }

    /// <summary>
    /// "over the six years", "during the four days", "over the same three years": a count of periods of one kind after the
    /// definite article (time-words.json back_reference_openers, back_reference_kinds) refers back to the period stated
    /// last, as "in the same period" does; the recognizer holds the count as a duration ("six years") or a bare number
    /// ("four", then "days").
    /// </summary>
    private static void AddCountedBackReferences(List<TimeCue> cues, string text, Sentence sentence, IReadOnlyList<Mention> inSentence, TimeWords words)
    {
        for (var index = 0; index < inSentence.Count; index++)
        {
            var m = inSentence[index];
            var duration = m is { Kind: MentionKind.DatePeriod, Time.Role: TimeRole.Duration };
            if (!duration && m.Kind != MentionKind.Number || m.Start <= sentence.Start || text[m.Start - 1] != ' ')
            {
                continue;
            }

            var before = text.AsSpan(sentence.Start, m.Start - sentence.Start).TrimEnd();
            var kind = duration ? string.Empty : m.End < sentence.End && text[m.End] == ' ' ? words.BackReferenceKinds.At(text, m.End + 1, sentence.End) : null;
            if (words.BackReferenceOpeners.EndOf(before) is not { } opener || kind is null)
            {
                continue;
            }

            // "during the five years of construction" names its own period (back_reference_own), it refers back to none.
            var end = duration ? m.End : m.End + 1 + kind.Length;
            if (end < sentence.End && text[end] == ' ' && words.BackReferenceOwn.At(text, end + 1, sentence.End) is not null)
            {
                continue;
            }

            var start = sentence.Start + before.Length - opener.Length;
            if (!BackReferenceOver(cues, start, end))
            {
                cues.Add(new TimeCue(start, end, TimeCueKind.BackReference, null, ClauseOf(sentence, start), true) { Months = duration ? m.Time!.WholeMonths : 0 });
            }
        }
    }

    // Whether a back-reference cue overlaps [start, end). A loop: a lambda capturing the span would be made per mention.
    private static bool BackReferenceOver(List<TimeCue> cues, int start, int end)
    {
        foreach (var c in cues)
        {
            if (c.Kind == TimeCueKind.BackReference && c.Start < end && start < c.End)
            {
                return true;
            }
        }

        return false;
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
    private static bool Overlaps(IReadOnlyList<Mention> mentions, int start, int end, bool datesOnly = false)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Start < end && start < mentions[k].End && (!datesOnly || mentions[k] is { Kind: MentionKind.DatePeriod, Time.Role: not TimeRole.Duration }))
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
