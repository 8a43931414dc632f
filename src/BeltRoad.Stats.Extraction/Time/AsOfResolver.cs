using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// Dates every figure of a document by the ordered rules of MEANING.md (version 2), written once as the list
/// <see cref="Rules"/>: from–to, a date after the figure, a baseline, the sentence's own date or since, the paragraph's,
/// the document's date, the reporting period, otherwise none. Walks every sentence in order, keeping what the current
/// paragraph has stated; one instance per document.
/// </summary>
/// <remarks><c>comparison</c>: label-words.json comparison_words ("up from", "compared with"), before the earlier value a figure is compared with.</remarks>
internal sealed class AsOfResolver(string simplified, DocumentTimeFrame frame, DocumentLanguage language, TimeWords words, WordList rates, WordList comparison)
{
    private readonly bool _datesFollowFigures = words.DatesFollowFigures.Contains(language);
    // The paragraph's opening date, with how it was stated (截至 keeps its role: a point, not a period, for a later flow).
    private DatedPeriod? _paragraphDate;
    private Period? _lastStated;

    // Spans stated so far: what a counted back-reference ("in the ten months") refers to by its length, past a month or day
    // stated after the span ("… in March 2024. Total exports rose 10.64 percent in the ten months").
    private readonly StatedSpans _statedSpans = new(frame.Date);
    // The starts the document dated (a since's, an event's: 「于2021年12月3日开通」) with their clauses, for a later
    // 开通以来 (MEANING.md rule 6, which rule 7 lets cross a paragraph break: a report's 「货运方面，…开通以来累计…」
    // paragraph runs from the opening its first paragraph dated).
    private readonly List<(PeriodPoint From, int ClauseStart, int ClauseEnd)> _starts = [];
    private int _paragraphStart;
    // The paragraph has said nothing but a courtesy yet: 「谢谢主持人。2023年，…」 "Thank you for your question. In the first
    // three quarters, …": a courtesy before the first statement does not open the paragraph, the next sentence does.
    private bool _paragraphOpening;
    // A numbered heading line ("I. China's outward investment … in the first three quarters of 2024", 「一、2024年前三季度
    // 对外投资情况」) that states a period: the reporting period of its section (MEANING.md rule 4), dating the section's
    // paragraphs that no date of their own or of their opening reaches, until the next numbered heading.
    private Period? _sectionDate;
    private int _headingEnd = -1;
    private int _sectionRank;

    /// <summary>The time cues of a sentence: its dates and the words of <see cref="TimeWords"/>.</summary>
    public List<TimeCue> Cues(Sentence sentence, IReadOnlyList<Mention> inSentence) => SentenceTimeCues.Find(simplified, sentence, inSentence, frame, words);

    // When the figure holds: the first of these that applies (MEANING.md's ordered rules).
    private static readonly RuleList<AsOfFacts, AsOfRuling?> Rules = new(
        ("from-to", static f => f.FromTo is { } moved ? new AsOfRuling(moved) : null),
        ("table column's year", static f => f.ColumnYear is { } year ? new AsOfRuling(new DatedPeriod(Period.AsOf(PeriodPoint.OfYear(year)), AsOfBasis.Paragraph)) : null),
        ("bracketed year", static f => f.BracketYear is { } year ? new AsOfRuling(new DatedPeriod(Period.AsOf(PeriodPoint.OfYear(year)), AsOfBasis.Sentence)) : null),
        ("a year earlier after the figure", YearEarlier),
        ("date after the figure", static f => f.Trailing is { } t ? TrailingBaseline(f, t) ?? new AsOfRuling(Reached(SoFar(Rebased(t.Cue, t.Baseline ? t.Cue.Period!.From : null, f.Stated), f.SoFar, f.Frame), f.Reach)) : null),
        ("change from a baseline", FromBaseline),
        ("stated in the sentence", static f => f.Stated is { } stated ? new AsOfRuling(stated) : null),
        ("since an unstated start", static f => f.Unstated ? new AsOfRuling(null) : null),
        ("paragraph", static f => !f.OwnDate && f.Paragraph is { } paragraph ? new AsOfRuling(paragraph) : null),
        ("document date", static f => f.Current && f.Frame.Date is { } date ? new AsOfRuling(new DatedPeriod(Period.AsOf(date), AsOfBasis.DocumentDate)) : null),
        ("reporting period", static f => f.Frame.ReportingPeriod is { } reported ? new AsOfRuling(new DatedPeriod(reported, AsOfBasis.ReportingPeriod)) : null),
        ("same period in the sentence", static f => f.SamePeriod is { } same ? new AsOfRuling(same) : null),
        ("undated", static _ => new AsOfRuling(null)));

    /// <summary>The rules' names, in the order they are tried.</summary>
    public static IReadOnlyList<string> RuleNames => Rules.Names;

    // A rule's decision: a date, or none (undated); a rule that does not apply gives no ruling at all.
    private readonly record struct AsOfRuling(DatedPeriod? Period);

    // "up from $4.09 billion a year earlier": the period the rest of the rules give the sentence's figures, a year before
    // (none where that period has no day a year before, or the figure no period).
    private static AsOfRuling? YearEarlier(AsOfFacts f)
    {
        if (!f.YearEarlier)
        {
            return null;
        }

        var ruling = Rules.Decide(f with { YearEarlier = false }).Decision;
        return ruling?.Period is { } dated ? new AsOfRuling(YearBefore.Of(dated.Period) is { } before ? dated with { Period = before } : null) : ruling;
    }

    // What the rules read of one figure: a from–to's date, the year of its table column, a date after it (where dates follow figures) and whether that
    // date is a baseline, a baseline before it, the date stated before it, a since-phrase without a start, whether the
    // sentence states a time, the paragraph's date, a word meaning the document's date, and the document's time frame.
    private readonly record struct AsOfFacts(
        DatedPeriod? FromTo,
        (TimeCue Cue, bool Baseline)? Trailing,
        PeriodPoint? Baseline,
        DatedPeriod? Stated,
        bool Unstated,
        bool OwnDate,
        DatedPeriod? Paragraph,
        bool Current,
        DocumentTimeFrame Frame,
        DatedPeriod? SamePeriod,
        bool YearEarlier,
        bool SoFar,
        int? ColumnYear,
        bool Reach,
        int? BracketYear);

    /// <summary>The as_of of each figure in <paramref name="figures"/> (in order), then moves past the sentence.</summary>
    public IReadOnlyList<Dating> Resolve(Sentence sentence, IReadOnlyList<Mention> inSentence, IReadOnlyList<Mention> figures, List<TimeCue> cues)
    {
        var opensParagraph = sentence.OpensParagraph;
        // A paragraph's date ends with it; the period stated last does not (MEANING.md 2.1: a back-reference reaches
        // across a paragraph break, news items often running one sentence to a paragraph).
        if (opensParagraph)
        {
            _paragraphDate = TableRows(sentence) is { } caption ? new DatedPeriod(caption, AsOfBasis.Paragraph) : null;
            _paragraphStart = sentence.Start;
            _paragraphOpening = true;
            // A heading of the dated section's rank or above ends the section; one below it (「（一）」 under 「一、2024年前三季度…」)
            // is part of it.
            if (HeadingLineEnd(sentence.Start) is { } heading && (_sectionDate is null || heading.Rank <= _sectionRank))
            {
                (_headingEnd, _sectionDate, _sectionRank) = (heading.End, null, heading.Rank);
            }
        }

        if (sentence.Start < _headingEnd && figures.Count == 0 && _sectionDate is null)
        {
            _sectionDate = cues.FirstOrDefault(c => c.Kind == TimeCueKind.Stated && c.Frames && c.Period is { IsSpan: true } or { From.Precision: not DatePrecision.Day })?.Period;
        }

        // 如今/目前 state a time as much as a date does: the sentence has a date of its own. 累计 states none (a total
        // running to some date): a paragraph's opening date comes first (MEANING.md rule 3 before rule 5).
        cues = PosterLine(sentence, figures, cues);
        RememberStarts(sentence, cues);
        ResolveSinceEvents(cues);
        var ownDate = StatesTimeBefore(cues, int.MaxValue);
        var fromTo = Listed(Listed(FromTo.Find(simplified, sentence, figures, cues, words, frame), Respectively.Find(simplified, sentence, figures, cues, words)), ComparisonBase.Find(simplified, figures, cues, words));
        var yearOnYear = _datesFollowFigures && !ownDate && figures.Count > 0 && words.YearOnYear.Any(simplified, sentence.Start, sentence.End);
        var result = figures.Count == 0 ? [] : new Dating[figures.Count];
        for (var i = 0; i < figures.Count; i++)
        {
            var moved = fromTo is not null && fromTo.TryGetValue(figures[i], out var m) ? m : null;
            var (ruling, rule) = Rules.Decide(Facts(sentence, cues, figures, i, ownDate, moved, yearOnYear));
            result[i] = new Dating(ruling!.Value.Period, rule);
        }

        SpreadOverYears(figures, result);
        Remember(sentence, cues, figures, _paragraphOpening);
        _paragraphOpening &= figures.Count == 0 && cues.Count == 0 && Courtesy(sentence);
        // "rose from 1.04 trillion dollars in 2013 to 1.8 trillion in 2021. During this period, …": a movement between
        // two times states the span between them, which a later back-reference takes (MEANING.md rule 2: the change
        // between them gets the span).
        if (fromTo is { Count: > 0 } && MovementSpan(fromTo) is { } movement)
        {
            _lastStated = movement;
        }

        // "As of Saturday, the line had handled 50.8 million passenger trips since its launch in December 2021. Cross-border
        // freight reached 13.29 million tonnes during the same span.": a running span the sentence dated its figures by
        // is the period a later back-reference takes, not the as-of day.
        // So is a year so far the sentence made of its year and an as-of day ("As of Tuesday, more than 6,000 trips had passed
        // through the port this year. … 5.8 million tonnes during this period"), not the bare year.
        for (var i = result.Length - 1; i >= 0; i--)
        {
            if (result[i].Period is { Basis: AsOfBasis.Since, Period: { IsSpan: true } running })
            {
                _lastStated = running;
                break;
            }

            if (result[i].Period is { Basis: AsOfBasis.Sentence, Period: { IsSpan: true } soFar } && _lastStated is { To: null, From.Precision: DatePrecision.Year } year
                && soFar.From.Year == year.From.Year && soFar.Latest.Year == year.From.Year)
            {
                _lastStated = soFar;
                break;
            }
        }
        // A caption's own numbers are labels ("Table 3."), not figures of a unit.
        _lineHasFigures |= figures.Any(f => f.Unit != MentionUnit.None);
        _lineDate ??= cues.FirstOrDefault(c => c.Kind == TimeCueKind.Stated && c.Frames)?.Period;
        return result;
    }

    // A poster or graphic's text (一图读懂, 海报): one sentence broken into short lines, a line holding only its time
    // (「2016年至2023年」「截至目前」「2023年以来」「2024年5月25日上午」) and the lines after it the figures that time
    // governs (「由1702列增加到1.7万列以上」「已通达欧洲25个国家223个城市」) unless they state a time of their own, until
    // the next time line or a line that ends as a sentence does. The time line's cues stand before the figures of each such line, as they would in
    // the unbroken sentence.
    private List<TimeCue>? _posterTime;

    // The most a time line may hold besides its time (「上午」「以来」), and the longest fragment line it governs.
    private const int PosterTimeRest = 3;
    private const int PosterLineLength = 48;

    private List<TimeCue> PosterLine(Sentence sentence, IReadOnlyList<Mention> figures, List<TimeCue> cues)
    {
        if (!sentence.OpensParagraph)
        {
            return cues;
        }

        var end = simplified.IndexOf('\n', sentence.Paragraph);
        var line = simplified.AsSpan(sentence.Paragraph, (end < 0 ? simplified.Length : end) - sentence.Paragraph).Trim();
        var fragment = line.Length is > 0 and <= PosterLineLength && line.IndexOfAny("。！？；!?;") < 0 && line[^1] is not ('.' or '…');
        var timed = cues.Any(c => c.Kind is TimeCueKind.Stated or TimeCueKind.Since or TimeCueKind.Current);
        if (fragment && timed && figures.Count == 0 && line.Length - cues.Sum(c => c.End - c.Start) <= PosterTimeRest)
        {
            _posterTime = [.. cues.Select(c => c with { Clause = 0, Frames = true })];
            return cues;
        }

        if (!fragment)
        {
            _posterTime = null;
        }

        return _posterTime is null || timed || figures.Count == 0 ? cues : [.. _posterTime, .. cues];
    }

    private static bool IsOneDay(Period period) => period.To is null && period.From.Precision == DatePrecision.Day;

    private static Period? MovementSpan(Dictionary<Mention, DatedPeriod> moved)
    {
        PeriodPoint? first = null;
        PeriodPoint? last = null;
        foreach (var dated in moved.Values)
        {
            if (dated.Basis != AsOfBasis.FromTo)
            {
                continue;
            }

            first = first is { } f && f.CompareTo(dated.Period.From) <= 0 ? f : dated.Period.From;
            last = last is { } l && l.CompareTo(dated.Period.Latest) >= 0 ? l : dated.Period.Latest;
        }

        return first is { } a && last is { } b && a.CompareTo(b) < 0 ? Period.Span(a, b) : null;
    }

    // A table flattened into lines: its caption ("Table 1. Loan commitments in 2023, by borrower", a line with a date and
    // no figure) dates the rows under it (TableLine rows, or a breakdown's "label: value" lines), as a paragraph's opening
    // date dates its sentences,
    // until a line that is neither a row nor a caption.
    private int _line = -1;
    private bool _lineIsRow;
    private bool _lineHasFigures;
    private Period? _lineDate;
    private Period? _caption;

    // At a new line: whether the line before was a caption (or a row under one), and the date its rows take.
    private Period? TableRows(Sentence sentence)
    {
        if (sentence.Paragraph == _line)
        {
            return null;
        }

        // A line with a date and no figure captions the rows after it (the caption and the header row may share a line,
        // the line break between them lost); a row of figures keeps the caption; any other line ends the table.
        _caption = !_lineHasFigures && _lineDate is not null ? _lineDate : _lineIsRow ? _caption : null;
        (_line, _lineHasFigures, _lineDate) = (sentence.Paragraph, false, null);
        var end = simplified.IndexOf('\n', sentence.Paragraph);
        var line = simplified.AsSpan(sentence.Paragraph, (end < 0 ? simplified.Length : end) - sentence.Paragraph);
        // A breakdown's "label: value" lines ("Energy: USD3,262.8 million (27.1%)") are its rows as a table's are.
        _lineIsRow = TableLine.IsRow(line, out _) || TableLine.IsLabelledValue(line);
        // A row of cells that blanks part (a spreadsheet's or a PDF's table copied: 「二○二一\t19,630\t+23.7」 under
        // 「年份\t貿易總額（億元）」; TableLine.SpacedRow) is dated by its first cell alone; it carries no caption on.
        return _lineIsRow ? RowYear(line) ?? _caption
            : TableLine.SpacedRow(simplified, sentence.Paragraph, sentence.Paragraph + line.Length) > 0 ? FirstCellYear(sentence.Paragraph, sentence.Paragraph + line.Length) : null;
    }

    private Period? FirstCellYear(int start, int end) =>
        TableLine.SpacedCellAt(simplified, start, end, 0) is var (s, e) && s >= 0 && YearColumns.BareYear(simplified.AsSpan(s, e - s)) is { } year
            ? Period.AsOf(PeriodPoint.OfYear(year))
            : null;

    // "2021 | $6.9bn | 29" under "Year | Commitments | Number of loans": a row whose first cell is a bare year is that
    // year's, whatever span the caption states (a yearly table's rows are the years of the caption's span).
    private static Period? RowYear(ReadOnlySpan<char> line)
    {
        var cells = line.Trim().TrimStart(TableLine.Cell);
        var end = cells.IndexOf(TableLine.Cell);
        var first = end < 0 ? cells : cells[..end].Trim();
        return YearColumns.BareYear(first) is { } year ? Period.AsOf(PeriodPoint.OfYear(year)) : null;
    }

    // A date of a change's baseline (「较2013年提高6.2个百分点」) makes a span from the base to the date the sentence states;
    // with no later date stated, the change is undated.
    // A base one year before the stated period (「2024年…比2023年下降」, "in 2024 … declined by 1.8 billion from 2023") is a
    // year-on-year change: the stated period's.
    private static AsOfRuling? FromBaseline(AsOfFacts f) =>
        f.Baseline is { } from
            ? new AsOfRuling(f.Stated is { } d && from.CompareTo(d.Period.Latest) < 0
                ? YearOnYear(from, d) ? d : new DatedPeriod(Period.Span(from, SpanEnd(from, d.Period.Latest)), d.Basis)
                : null)
            : null;

    // 「截至二○二三年年底，…為二○一三年的3.6倍」: a year's base compared with a year's end spans years (2013/2023), at the
    // base's precision.
    private static PeriodPoint SpanEnd(PeriodPoint from, PeriodPoint to) =>
        from.Precision == DatePrecision.Year && to is { Precision: DatePrecision.Day, Month: 12, Day: 31 } ? PeriodPoint.OfYear(to.Year) : to;

    // What the rules read of one figure: the cues before it in its sentence, in order, and the words after it that still speak of it.
    private AsOfFacts Facts(Sentence sentence, List<TimeCue> cues, IReadOnlyList<Mention> figures, int index, bool ownDate, DatedPeriod? fromTo, bool yearOnYear)
    {
        var figure = figures[index];
        var clause = SentenceTimeCues.ClauseOf(sentence, figure.Start);
        var previousEnd = index > 0 ? figures[index - 1].End : sentence.Start;
        DatedPeriod? dated = null;
        var undated = false;
        var current = false;
        PeriodPoint? baseline = null;
        // A running span's start and a 截至 date stated with it, in either order, make the span between them
        // (「截至3月12日，中老铁路自2021年12月3日开通运营以来累计…」).
        PeriodPoint? since = null;
        PeriodPoint? asOf = null;
        // The clause of the stated date that dates the figure (-1 for any other cue).
        var datedClause = -1;
        // The last span of days the sentence states before the figure (the days an event is held).
        Period? eventDays = null;
        // The cues before the figure, in order (a loop: TakeWhile cost an iterator and a closure per figure).
        for (var k = 0; k < cues.Count && cues[k].End <= figure.Start; k++)
        {
            var cue = cues[k];
            switch (cue.Kind)
            {
                case TimeCueKind.Stated when cue.Frames || cue.Clause == clause:
                    var stated = new DatedPeriod(cue.Period!, AsOfBasis.Sentence, cue.Role) { OfEvent = cue.Event };
                    if (cue.Role == TimeRole.AsOf)
                    {
                        asOf = cue.Period!.Latest;
                        dated = SinceTo(since, asOf) ?? YearTo(dated, asOf) ?? stated;
                    }
                    else
                    {
                        dated = YearTo(stated, asOf) ?? stated;
                        asOf = dated == stated ? null : asOf;
                    }

                    since = null;
                    undated = false;
                    baseline = null;
                    datedClause = cue.Clause;
                    eventDays = StatedDates.IsDaysSpan(cue.Period!) ? cue.Period : eventDays;
                    break;
                case TimeCueKind.Baseline or TimeCueKind.Stated when cue.Clause < clause && OpensDateClause(sentence.Clauses[clause].Start, cue.End):
                    // "Compared with 2013, when trade … totaled 10.11 trillion yuan": a clause opening with a date-clause word
                    // right after a date speaks of that date (time-words.json date_clauses).
                    dated = new DatedPeriod(cue.Period!, AsOfBasis.Sentence);
                    (since, undated, baseline, datedClause) = (null, false, null, clause);
                    break;
                case TimeCueKind.Baseline when BracketOpensAfter(cue.End, figure.Start):
                    // "0.5 percent lower than in January-June 2023 ($1 billion)": the value in brackets right after a
                    // comparison's base is the base's.
                    dated = new DatedPeriod(cue.Period!, AsOfBasis.Sentence);
                    (since, undated, baseline, datedClause) = (null, false, null, cue.Clause);
                    break;
                case TimeCueKind.Baseline:
                    // 「较2016年增长约9倍；…通达120个国家」: a comparison's base stops at the clause group's 「；」. Where dates
                    // follow figures, a base after the figure before and outside this one's clause is that figure's
                    // ("reached $24.9 billion in the first six months, more than in 2024, while technology took $23.2 billion").
                    baseline = cue.Start >= previousEnd && simplified.AsSpan(cue.End, figure.Start - cue.End).IndexOfAny('；', ';') < 0
                        && !(_datesFollowFigures && index > 0 && cue.Clause != clause)
                        ? cue.Period!.From : null;
                    break;
                case TimeCueKind.Since:
                    datedClause = -1;
                    since = cue.SinceStart;
                    dated = SinceTo(since, asOf) ?? (cue.Period is { } running ? new DatedPeriod(running, AsOfBasis.Since) : null);
                    undated = dated is null;
                    break;
                case TimeCueKind.SinceEvent when cue.SinceStart is { } from:
                    datedClause = -1;
                    since = from;
                    dated = SinceTo(from, asOf) ?? (frame.Since(from) is { } toDate ? new DatedPeriod(toDate, AsOfBasis.Since) : null);
                    undated = false;
                    break;
                case TimeCueKind.Current:
                    // 「项目建设期间…；目前项目公司当地员工比例超过85%」: a word meaning now after a period that no date states
                    // dates what follows it (rule 5); 累计 states no time and leaves the figure undated.
                    current = true;
                    undated &= words.Cumulative.At(simplified, cue.Start, cue.End) is not null;
                    break;
                case TimeCueKind.EventBackReference when eventDays is { } days && dated is { } day && IsOneDay(day.Period):
                    // 「於9月11日至12日舉行的…論壇昨日閉幕，兩日間吸引逾6,000名…」: the event's days counted refer back to the
                    // span of days its sentence stated, past the single day (the closing) stated after it.
                    dated = new DatedPeriod(days, AsOfBasis.Sentence);
                    break;
                case TimeCueKind.BackReference or TimeCueKind.EventBackReference when dated is null && !undated && _lastStated is { } last && RefersTo(cue, last):
                    dated = new DatedPeriod(ReferredTo(cue, last), AsOfBasis.Paragraph);
                    break;
            }
        }

        // 「截至11月5日，今年…已通达欧洲21个国家的92个城市」: the countries and places a network reaches are counted at the
        // date, not over the year so far that dates the flows of the sentence.
        if (dated is { Period: { To: { } end, From: { Precision: DatePrecision.Year } start } } && end.Year == start.Year && end.Precision == DatePrecision.Day
            && figure.Unit is MentionUnit.Countries or MentionUnit.Items)
        {
            dated = new DatedPeriod(Period.AsOf(end), dated.Basis, TimeRole.AsOf);
        }

        // "KCIC currently runs 62 trips a day, up from 14 when the service began": a word meaning now speaks of the figure it
        // precedes, not of the earlier value that figure is compared with (MEANING.md rule 5 dates a current level; a base is
        // by definition an earlier time).
        current &= !ComparedBase(figures, index, clause, sentence);
        current |= _datesFollowFigures && dated is null && NowAfterSubject(figures, index, clause, sentence);
        // "So far this year, the port has handled 6 million TEUs", "more than 3,000 trips so far this year": the document's
        // year and a word meaning its date (not 累计, which states no time) in the year's clause make the year so far.
        dated = SoFar(dated, SoFarIn(cues, datedClause), frame);
        // Where dates follow figures: the words after the figure that still speak of it, looked up once for both uses.
        var after = _datesFollowFigures ? After(sentence, cues, figures, index, clause) : default;
        var trailing = _datesFollowFigures ? Trailing(cues, after, figure.Kind is MentionKind.Percent or MentionKind.PercentagePoints && !ComparedValue(figure)) : null;
        // Where dates follow figures, so do the back-references ("set up 32,000 enterprises over the same period"); a word
        // meaning the document's date does not ("has approved 250 projects so far" stays undated: MEANING.md rule 5, the
        // marker covers the figures after it, never those before).
        if (_datesFollowFigures && dated is null && trailing is null && _lastStated is { } earlier && BackReferenceIn(cues, earlier, after.From, after.To) is { } reference)
        {
            dated = new DatedPeriod(ReferredTo(reference, earlier), AsOfBasis.Paragraph);
        }
        // "the line earned Sh15.01 billion in the previous financial year" in a sentence stating no date: a year before the
        // period stated last, as a comparison with the same period a year before speaks of it.
        var yearEarlier = _datesFollowFigures && (figure.Kind is not (MentionKind.Percent or MentionKind.PercentagePoints) || ComparedValue(figure)) && YearEarlierFollows(figure.End, after.To);
        return new AsOfFacts(fromTo, trailing, baseline, dated, undated, ownDate, _paragraphDate ?? Section(), current, frame, SamePeriod(cues, figure, ownDate, yearOnYear || yearEarlier),
            yearEarlier, trailing is { } t && SoFarIn(cues, t.Cue.Clause),
            YearColumns.Year(simplified, figure.Start), figure.Unit is MentionUnit.Countries, BracketYear(figure));
    }

    // The most words a subject count's noun phrase may hold before its "now" ("Some 4,700 enterprises with Chinese capital are
    // currently"), and before the count in its clause ("More than", "Up to", "Some").
    private const int SubjectWords = 7;
    private const int OpeningWords = 2;

    // "More than 6,000 Chinese companies now operate in the UAE", "about 21,000 workers are currently employed at the
    // worksites": where dates follow figures, a word meaning now (time-words.json current_after) after a count that opens its
    // clause as its subject, only its noun's words between (no comma, digit or figure), is its verb's: the count is the
    // document's date's level as with the marker before it (MEANING.md rule 5). Not a percentage (a share of whatever now
    // holds), nor a count after an article ("The 11-square-km zone now hosts …": a measure naming the thing).
    private bool NowAfterSubject(IReadOnlyList<Mention> figures, int index, int clause, Sentence sentence)
    {
        var figure = figures[index];
        if (figure.Kind is MentionKind.Percent or MentionKind.PercentagePoints)
        {
            return false;
        }

        var clauseSpan = sentence.Clauses[clause];
        var before = simplified.AsSpan(clauseSpan.Start, figure.Start - clauseSpan.Start).Trim();
        if (before.ContainsAnyInRange('0', '9') || WordCount(before) > OpeningWords || (before.Length > 0 && !char.IsAsciiLetter(before[^1])) || words.YearDeterminers.EndOf(before) is not null)
        {
            return false;
        }

        var end = index + 1 < figures.Count ? Math.Min(figures[index + 1].Start, clauseSpan.End) : clauseSpan.End;
        foreach (var (at, _) in words.CurrentAfter.Find(simplified, figure.End, end))
        {
            var gap = simplified.AsSpan(figure.End, at - figure.End);
            return !gap.ContainsAnyInRange('0', '9') && gap.IndexOfAny(',', ';', '(') < 0 && WordCount(gap) <= SubjectWords;
        }

        return false;
    }

    private static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.Split(' '))
        {
            count++;
        }

        return text.Trim().IsEmpty ? 0 : count;
    }

    // A figure right after a comparison word (one word with no digit may stand between: "up from just 4"), after a figure of
    // its unit in its sentence: the earlier value that figure is compared with.
    private bool ComparedBase(IReadOnlyList<Mention> figures, int index, int clause, Sentence sentence)
    {
        var figure = figures[index];
        var before = simplified.AsSpan(sentence.Clauses[clause].Start, figure.Start - sentence.Clauses[clause].Start).TrimEnd();
        var space = before.LastIndexOf(' ');
        if (comparison.EndOf(before) is null && (space < 0 || before[(space + 1)..].ContainsAnyInRange('0', '9') || comparison.EndOf(before[..space].TrimEnd()) is null))
        {
            return false;
        }

        for (var k = 0; k < index; k++)
        {
            if (figures[k].Unit == figure.Unit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "USD6.3 billion in 2021 (2020: USD6.2 billion)", "an IMF rescue package of $5.5 billion (2017)": a year opening a
    /// bracket with a colon right before the figure (an annual report's comparative), or a year alone in brackets right
    /// after it (a list's or table's label), is the year of that figure only.
    /// </summary>
    private int? BracketYear(Mention figure)
    {
        var before = simplified.AsSpan(0, figure.Start).TrimEnd();
        if (before.Length >= BracketedYearLength + 2 && before[^1] is ':' or '：' && before[^(BracketedYearLength + 2)] is '(' or '（'
            && YearColumns.BareYear(before[^(BracketedYearLength + 1)..^1]) is { } labelled)
        {
            return labelled;
        }

        var after = Blank.SkipSpaces(simplified, figure.End, simplified.Length);
        return after + BracketedYearLength + 2 <= simplified.Length && simplified[after] is '(' or '（' && simplified[after + BracketedYearLength + 1] is ')' or '）'
            ? YearColumns.BareYear(simplified.AsSpan(after + 1, BracketedYearLength))
            : null;
    }

    private const int BracketedYearLength = 4;

    // A word meaning the document's date in the clause, not 累计 (which states no time).
    private bool SoFarIn(List<TimeCue> cues, int clause)
    {
        if (clause < 0)
        {
            return false;
        }

        // A loop, not Any(): a closure per figure.
        foreach (var c in cues)
        {
            if (c.Kind == TimeCueKind.Current && c.Clause == clause && words.Cumulative.At(simplified, c.Start, c.End) is null)
            {
                return true;
            }
        }

        return false;
    }

    // The document's own year stated with a word meaning the document's date: the year so far, to that date.
    private static DatedPeriod? SoFar(DatedPeriod? dated, bool soFar, DocumentTimeFrame frame) =>
        soFar && frame.Date is { } today ? YearTo(dated, today) ?? dated : dated;

    // The first cue in [from, to) that refers back to the period stated last. A loop: a lambda would be made per figure.
    private static TimeCue? BackReferenceIn(List<TimeCue> cues, Period last, int from, int to)
    {
        foreach (var c in cues)
        {
            if (c.Start >= from && c.Start < to && RefersTo(c, last))
            {
                return c;
            }
        }

        return null;
    }

    // A counted back-reference refers to the stated span of its length that ends latest ("the ten months": the ten months
    // stated before, not a month stated since, nor the same months a year before that a comparison stated after them), "the
    // months under review" to the span of months that ends latest; any other to the period stated last.
    private Period ReferredTo(TimeCue cue, Period last) =>
        cue.Months == 0 || last.WholeMonths == cue.Months ? last : _statedSpans.Latest(cue.Months) ?? last;

    // 同期 refers back to whatever period was stated last; 论坛期间 only to the days an event was held (MEANING.md rule 3:
    // the period it names is the event's, and a plan's years or a year stated last are not).
    private static bool RefersTo(TimeCue cue, Period last) =>
        cue.Kind == TimeCueKind.BackReference
        || (cue.Kind == TimeCueKind.EventBackReference && StatedDates.IsDaysSpan(last));

    /// <summary>
    /// "In foreign contracted projects, the value of newly signed contracts was 138.3 billion yuan, a year-on-year decrease
    /// of 3.7%", "Newly signed contracts were worth US$114.4 billion, …, accounting for 57.4% of the national total over
    /// the same period": where dates follow figures, a sentence that states no date of its own but compares with the same
    /// period a year before (time-words.json year_on_year) or refers back to a period after its figures speaks of the
    /// period stated last (MEANING.md rule 3), also across a paragraph break, when nothing nearer dates its figures. A
    /// single day (the day a source spoke) is no such period. Chinese states the period or 同期 before the figures it
    /// dates: 「在沿线国家新签承包工程合同额708.9亿美元，…，分别占同期总额的51%」 leaves the amounts undated.
    /// </summary>
    private DatedPeriod? SamePeriod(List<TimeCue> cues, Mention figure, bool ownDate, bool yearOnYear)
    {
        if (!_datesFollowFigures || ownDate || _lastStated is not { } last || IsOneDay(last))
        {
            return null;
        }

        return yearOnYear || cues.Any(c => RefersTo(c, last) && c.Start >= figure.End) ? new DatedPeriod(last, AsOfBasis.Paragraph) : null;
    }

    // A since-event's start, found once for the sentence (its starts are remembered before): the cue then carries it as a
    // since's stated start does, also to a figure before it ("had handled 62.5 million trips since opening").
    private void ResolveSinceEvents(List<TimeCue> cues)
    {
        for (var i = 0; i < cues.Count; i++)
        {
            if (cues[i].Kind == TimeCueKind.SinceEvent && StartOf(cues[i]) is { } from)
            {
                cues[i] = cues[i] with { SinceStart = from, Period = frame.Since(from) };
            }
        }
    }

    // 「开通以来」: the start the text dated last for the event it names (开通, in 「于2021年12月3日开通运营」 or
    // 「自2021年12月3日开通运营以来」), before the cue; "since opening": the start whose clause holds the event word's stem
    // at a word's start ("when it opened on December 3, 2021"; 'operat' is no part of "cooperation").
    private PeriodPoint? StartOf(TimeCue cue)
    {
        // "Since then, the trains have carried …": the start of the period the text stated last (rules 3 and 6).
        if (words.SinceThen.At(simplified, cue.Start, cue.End) is not null)
        {
            return _lastStated?.From;
        }

        var word = simplified.AsSpan(cue.Start, cue.End - cue.Start);
        var close = words.SinceClose.EndOf(word);
        var stems = words.SinceEventWords.EndOf(word) is { } english ? words.SinceEventStems[english] : null;
        var verb = close is null ? word : word[..^close.Length];
        for (var i = _starts.Count - 1; i >= 0; i--)
        {
            var (from, start, end) = _starts[i];
            var clause = simplified.AsSpan(start, end - start);
            if (start < cue.Start && Holds(clause, verb, stems) && (start >= _paragraphStart || NamesAgain(cue.Start, clause)))
            {
                return from;
            }
        }

        return OnlyStart(cue.Start, verb, stems);
    }

    // The clause holds the English since-word's stems at a word's start (one of them), else the Chinese event word.
    private static bool Holds(ReadOnlySpan<char> clause, ReadOnlySpan<char> verb, string[]? stems)
    {
        if (stems is null)
        {
            return Occurrences.StartsWord(clause, verb);
        }

        foreach (var stem in stems)
        {
            if (Occurrences.StartsWord(clause, stem))
            {
                return true;
            }
        }

        return false;
    }

    // 「自2021年12月3日开通以来累计…」 in one paragraph, a bare 「开通以来累计…」 three paragraphs on: where the document dated
    // only one start for that event before the cue (or several that agree, 「2021年12月开通初期」 within 2021年12月3日), a
    // bare since refers to it across a paragraph break too; the most precise of them is its start. Two different starts
    // (a railway's opening and a service's launch both 开通) leave it to NamesAgain.
    private PeriodPoint? OnlyStart(int cueStart, ReadOnlySpan<char> verb, string[]? stems)
    {
        PeriodPoint? found = null;
        foreach (var (from, start, end) in _starts)
        {
            if (start >= cueStart || !Holds(simplified.AsSpan(start, end - start), verb, stems))
            {
                continue;
            }

            if (found is not { } f)
            {
                found = from;
            }
            else if (Agree(f, from))
            {
                found = from.Precision > f.Precision ? from : f;
            }
            else
            {
                return null;
            }
        }

        return found;
    }

    // Two points that agree at the coarser one's precision (2021年12月 and 2021年12月3日).
    private static bool Agree(PeriodPoint a, PeriodPoint b) =>
        a.Year == b.Year && (a.Precision == DatePrecision.Year || b.Precision == DatePrecision.Year
            || (a.Month == b.Month && (a.Precision == DatePrecision.Month || b.Precision == DatePrecision.Month || a.Day == b.Day)));

    // How many characters of the name right before 开通以来 must be those of the start's clause.
    private const int NameTail = 2;

    // Across a paragraph break a since reaches the start only when it names the thing again (「中老铁路开通以来」 after
    // 「中老铁路自2021年12月3日开通运营以来」); a bare 「自开通运营以来」 in a later paragraph is no reference to it.
    private bool NamesAgain(int cueStart, ReadOnlySpan<char> startClause)
    {
        if (cueStart < NameTail)
        {
            return false;
        }

        var name = simplified.AsSpan(cueStart - NameTail, NameTail);
        foreach (var c in name)
        {
            if (c is < '\u4E00' or > '\u9FFF')
            {
                return false;
            }
        }

        return words.SinceOpen.EndOf(name) is null && startClause.Contains(name, StringComparison.Ordinal);
    }

    // The starts a sentence dates (a since's, an event's), remembered before its figures are dated: 「中老铁路于2021年
    // 12月3日开通运营，截至12月2日，开通以来累计…」 refers to a start in its own sentence.
    private void RememberStarts(Sentence sentence, List<TimeCue> cues)
    {
        foreach (var cue in cues)
        {
            var from = cue.Kind == TimeCueKind.Since ? cue.SinceStart : cue.Kind == TimeCueKind.Stated && (!cue.Frames || EventDay(sentence, cue)) ? cue.Period!.From : null;
            if (from is { } start)
            {
                var clause = sentence.Clauses[cue.Clause];
                _starts.Add((start, clause.Start, clause.End));
            }
        }
    }

    // "when it opened on December 3, 2021": a day after an event's words (time-words.json event_days) is a start, though it
    // dates its sentence as any stated day does.
    private bool EventDay(Sentence sentence, TimeCue cue)
    {
        var clauseStart = sentence.Clauses[cue.Clause].Start;
        return cue.Period is { IsSpan: false, From.Precision: DatePrecision.Day } && cue.Start >= clauseStart
            && words.EventDays.EndOf(simplified.AsSpan(clauseStart, cue.Start - clauseStart).TrimEnd()) is not null;
    }

    // 「截至11月5日，今年…已开行10180列」: a year and a 截至 date inside it, in either order, make the year so far; to a month's
    // last day ("As of July 31, the trains had made 11,000 trips this year") its months 1–N, as 1—7月 is (MEANING.md 2.1:
    // the months 1–N of a year are one shape of period).
    private static DatedPeriod? YearTo(DatedPeriod? year, PeriodPoint? asOf) =>
        year is { Basis: AsOfBasis.Sentence, Period: { To: null, From: { Precision: DatePrecision.Year } from } } && asOf is { } to
            && to.Year == from.Year && to.Precision != DatePrecision.Year
            ? new DatedPeriod(to.Precision == DatePrecision.Day && to == PeriodPoint.MonthEnd(to.Year, to.Month)
                ? Period.Span(PeriodPoint.OfMonth(to.Year, 1), PeriodPoint.OfMonth(to.Year, to.Month))
                : Period.Span(from, to), AsOfBasis.Sentence)
            : null;

    // "Container volume rose in step, reaching 192,000, 207,000 and 231,500 TEUs over the same three years": a list of as
    // many values of one unit as the whole years of the span that a back-reference or the paragraph's opening gives them
    // takes those years in order (MEANING.md rule 2, respectively, where the counts agree); a longer or shorter run keeps
    // the span.
    private void SpreadOverYears(IReadOnlyList<Mention> figures, Dating[] result)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            if (result[i].Period is not { Basis: AsOfBasis.Paragraph, Period: { To: { } to, From: var from } } dated
                || from.Precision != DatePrecision.Year || to.Precision != DatePrecision.Year || to.Year - from.Year + 1 is < 2 or > 20
                || i + (to.Year - from.Year + 1) > figures.Count
                || (i > 0 && Respectively.SameRun(figures[i - 1], figures[i]) && Respectively.Joined(simplified, figures[i - 1], figures[i])))
            {
                continue;
            }

            var n = to.Year - from.Year + 1;
            var run = true;
            for (var k = i + 1; k < i + n && run; k++)
            {
                run = Respectively.SameRun(figures[k], figures[i]) && Respectively.Joined(simplified, figures[k - 1], figures[k]) && result[k].Period == dated;
            }

            if (!run || (i + n < figures.Count && Respectively.SameRun(figures[i + n], figures[i]) && Respectively.Joined(simplified, figures[i + n - 1], figures[i + n])))
            {
                continue;
            }

            for (var k = 0; k < n; k++)
            {
                result[i + k] = result[i + k] with { Period = new DatedPeriod(Period.AsOf(PeriodPoint.OfYear(from.Year + k)), AsOfBasis.FromTo) };
            }

            i += n - 1;
        }
    }

    // 「2021年至2024年，…分别开行4800列、5000列、5300列和5462列，运输货值由2021年的约1100亿元提高到2024年的1520亿元」: a
    // sentence may hold a respectively-list and a movement; each dates its own figures (the movement's first).
    private static Dictionary<Mention, DatedPeriod>? Listed(Dictionary<Mention, DatedPeriod>? moved, Dictionary<Mention, DatedPeriod>? listed)
    {
        if (moved is null || listed is null)
        {
            return moved ?? listed;
        }

        foreach (var (figure, dated) in listed)
        {
            moved.TryAdd(figure, dated);
        }

        return moved;
    }

    // "had reached 25 countries since its launch": the countries counted are those reached by the span's end, as a
    // network's reach is at a 截至 date (other counts, 'vehicles since its opening', are the span's flow).
    private static DatedPeriod? Reached(DatedPeriod? dated, bool reach) =>
        reach && dated is { Basis: AsOfBasis.Since, Period: { IsSpan: true } span } ? new DatedPeriod(Period.AsOf(span.Latest), AsOfBasis.Since, TimeRole.AsOf) : dated;

    // A since, or a since-event whose start the text dated: after a figure both date it as a running span.
    private static bool IsSince(TimeCue cue) => cue.Kind == TimeCueKind.Since || cue is { Kind: TimeCueKind.SinceEvent, SinceStart: not null };

    // A running span from its start to the 截至 date the sentence states with it.
    private static DatedPeriod? SinceTo(PeriodPoint? from, PeriodPoint? to) =>
        from is { } f && to is { } t && f.CompareTo(t) < 0 && f.FirstDay < t.FirstDay ? new DatedPeriod(Period.Span(f, t), AsOfBasis.Since) : null;

    /// <summary>
    /// "made 10,000 trips in the first half of 2024": in languages that date a figure after it, a date in the figure's
    /// own clause after it (<see cref="After"/>) dates it; "up 6.2 points from 2013" is a baseline for the carried date.
    /// </summary>
    private static (TimeCue Cue, bool Baseline)? Trailing(List<TimeCue> cues, (int From, int To) after, bool change)
    {
        var (from, to) = after;
        foreach (var cue in cues)
        {
            // "up 13 percent from the same month last year": a change is not dated by the period it holds against.
            if (cue.Start >= from && cue.Start < to && cue.Period is not null
                && (cue.Kind is TimeCueKind.Stated or TimeCueKind.Baseline || IsSince(cue) || (cue.Kind == TimeCueKind.SamePeriodEarlier && !change)))
            {
                return (SinceAfterAsOf(cues, cue, to) ?? cue, cue.Kind == TimeCueKind.Baseline);
            }
        }

        return null;
    }

    // "had carried 5.79 million passengers as of Wednesday since it began commercial operations on October 17, 2023": an
    // as-of day after the figure, then a since whose start is stated, make the running span between them (rule 6, ended
    // by the stated day as 「截至…，…自…以来」 is), not a level at the day.
    private static TimeCue? SinceAfterAsOf(List<TimeCue> cues, TimeCue asOf, int to)
    {
        if (asOf is not { Kind: TimeCueKind.Stated, Role: TimeRole.AsOf, Period: { } day })
        {
            return null;
        }

        foreach (var cue in cues)
        {
            if (cue.Start >= asOf.End && cue.Start < to && IsSince(cue) && SinceTo(cue.SinceStart, day.Latest) is { } running)
            {
                return cue with { Period = running.Period };
            }
        }

        return null;
    }

    // Where a word after the figure still speaks of it: to its clause's end or the next figure that is not joined to it
    // with nothing dated between. A change and the level it led to ("rose 5 percent to 6.1 trillion"), figures listed
    // together ("4.3 million passengers and 19.6 million tonnes in 2024"), a figure and what it was for ("3.5 billion
    // dollars for 12 projects this year", time-words.json figure_joints) and a figure in brackets right after it
    // ("22.07 trillion yuan (about 3.07 trillion dollars)", which restates or qualifies it) share what follows the last.
    private (int From, int To) After(Sentence sentence, List<TimeCue> cues, IReadOnlyList<Mention> figures, int index, int clause)
    {
        var next = index + 1;
        // The comparison's word may stand inside the figure before, after its numeral ("30 percent less than the 9.9 billion
        // dollars signed in 2018": the recognizer reads "less than" into the change's mention).
        while (next < figures.Count && (Joined(figures[next - 1].End, figures[next].Start) || Unopposed(NumeralEnd(figures[next - 1]), figures[next].Start)
                || AmountFromCount(figures[next - 1], figures[next]))
            && !cues.Any(c => c.Start >= figures[next - 1].End && c.Start < figures[next].Start))
        {
            next++;
        }

        var nextFigure = next < figures.Count ? figures[next].Start : int.MaxValue;
        return (figures[index].End, Math.Min(nextFigure, sentence.Clauses[clause].End));
    }

    // Where a figure's numeral ends (its unit and words the recognizer read after it follow), never before its start.
    private static int NumeralEnd(Mention figure) => Math.Max(figure.Start, Math.Min(figure.End, figure.NumberStart + figure.NumberLength));

    private bool Joined(int previousEnd, int nextStart)
    {
        var gap = simplified.AsSpan(previousEnd, nextStart - previousEnd);
        var trimmed = gap.Trim();
        return words.To.EndOf(gap.TrimEnd()) is not null || Conjunctions.Joins(gap) || Bracketed(trimmed)
            || (words.FigureJoints.EndOf(trimmed) is { } joint && joint.Length == trimmed.Length);
    }

    // "had handled 50.8 million passenger trips and transported 57.2 million tonnes of goods since its launch", "180
    // documents had been signed with 149 countries … by the end of April": the figures of one clause with no date between
    // them share the date after the last, unless a comparison's base stands between them ("rose 8 percent to 3 trillion
    // yuan from 2.8 trillion in 2022": the base's date is its own).
    private bool Unopposed(int previousEnd, int nextStart) =>
        !words.Baseline.All.Any(simplified, previousEnd, nextStart) && !words.From.Any(simplified, previousEnd, nextStart);

    // "worth 421.6 billion baht from 944 projects last year", "received US$2 billion from 14 lenders in 2023": an amount of
    // money "from" a count of things is where the money came from, no comparison's base (a base is a value of the same
    // measure: "to 3 trillion yuan from 2.8 trillion"), so the two share the date after the count.
    private bool AmountFromCount(Mention amount, Mention count)
    {
        if (amount.Unit.ToUnit()?.IsCurrency() != true
            || count.Unit is not (MentionUnit.Projects or MentionUnit.Countries or MentionUnit.Organizations or MentionUnit.Documents or MentionUnit.Items)
            || count.Start <= amount.End)
        {
            return false;
        }

        // Only "from" between them.
        var gap = simplified.AsSpan(amount.End, count.Start - amount.End).Trim();
        return words.From.EndOf(gap) is { } from && from.Length == gap.Length;
    }

    // "up from 46.5 percent in the same period last year", "against 36% the year before": a percentage right after a
    // comparison's word is the value compared with (a share's, a rate's), not a rate of change between the two periods.
    private bool ComparedValue(Mention figure)
    {
        var before = simplified.AsSpan(0, figure.Start).TrimEnd();
        return words.Baseline.All.EndOf(before) is not null;
    }

    // "from $1.3 billion a year earlier": the words right after the figure (spaces between) say it is a year before; a
    // rate's words may stand between ("against 24,300 a day a year earlier", aggregation-words.json per_day … per_year).
    private bool YearEarlierFollows(int end, int to)
    {
        end = Blank.SkipSpaces(simplified, end, to);
        if (words.YearEarlier.At(simplified, end, to) is not null)
        {
            return true;
        }

        return rates.At(simplified, end, to) is { } rate && words.YearEarlier.At(simplified, Blank.SkipSpaces(simplified, end + rate.Length, to), to) is not null;
    }

    // How far into a clause its opening word is looked for.
    private const int MaxClauseOpening = 16;

    // The date's clause is the one that opens right after it with a date-clause word (", when").
    private bool OpensDateClause(int clauseStart, int dateEnd) =>
        clauseStart >= dateEnd && DateClauseAfter(simplified, dateEnd, simplified.Length, words) is var at && at >= clauseStart;

    /// <summary>
    /// Where the date-clause word (time-words.json date_clauses: "when") stands that opens a clause right after a date, past
    /// blanks and one comma ("Compared with 2013, when trade …"); -1 where none does. The one test of ", when" adjacency:
    /// a bare year's cue (<see cref="SentenceTimeCues"/>) and a date's clause here both ask it.
    /// </summary>
    internal static int DateClauseAfter(string text, int dateEnd, int end, TimeWords words)
    {
        var gap = text.AsSpan(dateEnd, Math.Min(MaxClauseOpening, end - dateEnd));
        var comma = gap.TrimStart();
        if (comma.IsEmpty || comma[0] != ',')
        {
            return -1;
        }

        var at = dateEnd + gap.Length - comma[1..].TrimStart().Length;
        return words.DateClauses.At(text, at, Math.Min(end, at + MaxClauseOpening)) is not null ? at : -1;
    }

    // Only blanks and an opening bracket between a date's end and the figure.
    private bool BracketOpensAfter(int end, int figureStart)
    {
        var gap = simplified.AsSpan(end, figureStart - end).Trim();
        return gap.Length == 1 && gap[0] is '(' or '（';
    }

    // The gap opens a bracket the next figure stands in.
    private static bool Bracketed(ReadOnlySpan<char> gap) => gap.Length > 0 && gap[0] is '(' or '（' && gap.IndexOfAny(')', '）') < 0;

    private static DatedPeriod? Rebased(TimeCue cue, PeriodPoint? baseline, DatedPeriod? carried)
    {
        // "up from 1.01 million TEUs in a similar period last year": the period the sentence states, a year before.
        if (cue.Kind == TimeCueKind.SamePeriodEarlier)
        {
            // "last year" is a year before the stated period whatever the document's date; "in the same period of 2022" after
            // "H1 2024" names its year: the stated period moved into that year (2022-01/2022-06).
            var years = cue.NamesYear && carried is { } named ? named.Period.From.Year - cue.Period!.From.Year : 1;
            return new DatedPeriod(carried is { } stated && years > 0 && YearBefore.Of(stated.Period, years) is { } earlier ? earlier : cue.Period!, AsOfBasis.Sentence);
        }

        // "As of Saturday, the line had handled 50.8 million trips since its launch in December 2021", "By Sunday, it had
        // run 427 trains since opening": a running span from the since's start to the as-of date stated before the
        // figure, not to the document's date.
        if (IsSince(cue) && carried is { Role: TimeRole.AsOf } asOf
            && SinceTo(cue.SinceStart, asOf.Period.Latest) is { } toAsOf)
        {
            return toAsOf;
        }

        if (baseline is not { } from)
        {
            // "As of July 31, the trains had made 11,000 trips this year": a year after the figure and an as-of date inside
            // it stated before make the year so far, as they do in either order before the figure.
            var stated = new DatedPeriod(cue.Period!, IsSince(cue) ? AsOfBasis.Since : AsOfBasis.Sentence, cue.Role) { OfEvent = cue.Event };
            return carried is { Role: TimeRole.AsOf } asOfDate && YearTo(stated, asOfDate.Period.Latest) is { } yearSoFar ? yearSoFar : stated;
        }

        // "over the six months, 0.5 percent lower than in January-June 2023": a base that is the carried period a year
        // before is a year-on-year comparison, the carried period's (a half, a quarter or months 1–N as a year is).
        return carried is { } c && from.CompareTo(c.Period.Latest) < 0 && !YearOnYear(from, c) && YearBefore.Of(c.Period) != cue.Period
            ? c with { Period = Period.Span(from, c.Period.Latest), Role = null }
            : carried;
    }

    // "Engagement in metals and mining grew by 131% compared with the first half of 2022" with no date before it: a
    // base one year before the period its paragraph or the release reports on compares that period with the year
    // before, and is dated by it. Another base with no date stated leaves the change undated, as before.
    private static AsOfRuling? TrailingBaseline(AsOfFacts f, (TimeCue Cue, bool Baseline) t) =>
        t.Baseline && f.Stated is null && (f.Paragraph ?? (f.Frame.ReportingPeriod is { } r ? new DatedPeriod(r, AsOfBasis.ReportingPeriod) : null)) is { } carried
            && YearBefore.Of(carried.Period) is { } earlier && earlier.From.Equals(t.Cue.Period!.From)
            ? new AsOfRuling(carried)
            : null;

    // A base one year before the stated period: a year-on-year change, which is the stated period's.
    private static bool YearOnYear(PeriodPoint baseline, DatedPeriod stated) =>
        YearBefore.Of(stated.Period) is { To: null } earlier && earlier.From.Equals(baseline);

    private DatedPeriod? Section() => _sectionDate is { } section ? new DatedPeriod(section, AsOfBasis.ReportingPeriod) : null;

    // Where a numbered heading line opening at start ends: a short line with a numbering marker (SectionHeading) that ends
    // no sentence; null for any other line.
    private (int End, int Rank)? HeadingLineEnd(int start)
    {
        var end = simplified.IndexOf('\n', start);
        end = end < 0 ? simplified.Length : end;
        var line = simplified.AsSpan(start, end - start).Trim();
        // An English Roman-numeral heading ("I. …") numbers the top sections, as 「一、」 does.
        return line.Length is > 0 and <= MaxHeadingLine && line[^1] is not ('.' or '。' or '；' or ';' or '：' or ':')
            && SectionHeading.NumberedLine(line) ? (end, SectionHeading.MarkerRank(line) ?? TopSectionRank) : null;
    }

    private const int TopSectionRank = 1;

    // The longest a numbered heading line may be: English section headings state their period in words ("I. China's
    // outward direct investment in the first three quarters of 2024"), three times SectionHeading's 40 Han characters.
    private const int MaxHeadingLine = 120;

    // 「谢谢主持人。」 "He Yadong: Thank you for your question.": the sentence opens with a courtesy (time-words.json
    // courtesies), after the speaker's name in a transcript.
    private bool Courtesy(Sentence sentence)
    {
        var opening = simplified.AsSpan(sentence.Start, Math.Min(MaxSpeakerTag, sentence.End - sentence.Start));
        var start = sentence.Start;
        if (opening.IndexOfAny(':', '：') is var colon and > 0 && !opening[..colon].ContainsAnyInRange('0', '9'))
        {
            start += colon + 1;
        }

        while (start < sentence.End && char.IsWhiteSpace(simplified[start]))
        {
            start++;
        }

        return words.Courtesies.At(simplified, start, sentence.End) is not null;
    }

    private static bool OnlyBackReferences(List<TimeCue> cues)
    {
        foreach (var cue in cues)
        {
            if (cue.Kind is not (TimeCueKind.BackReference or TimeCueKind.EventBackReference))
            {
                return false;
            }
        }

        return true;
    }

    // How long a speaker's name before a colon may be ("Spokesperson He Yadong:").
    private const int MaxSpeakerTag = 32;

    // A cue starting before `end` that states a time of the sentence's own: a date, a since, or 如今/目前 (not 累计, which
    // states none). One definition for the sentence's own date and the paragraph's opening; a loop, where a lambda over
    // this resolver's words made a delegate for every sentence.
    private bool StatesTimeBefore(List<TimeCue> cues, int end)
    {
        foreach (var c in cues)
        {
            if (c.Start < end && (c.Kind is TimeCueKind.Stated or TimeCueKind.Since || (c.Kind is TimeCueKind.Current && words.Cumulative.At(simplified, c.Start, c.End) is null)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A paragraph that opens with a date (「2023年1月，…」 "In the first five months, …", also after its source:
    /// 「海关总署14日发布数据，前三季度，…」) dates its later undated sentences until another date is stated;
    /// back-references take the period stated last. Where dates follow figures, a date after the opening sentence's first
    /// figure ("is expected to exceed 1 trillion dollars by 2030") dates that sentence, not the paragraph.
    /// </summary>
    private void Remember(Sentence sentence, List<TimeCue> cues, IReadOnlyList<Mention> figures, bool opensParagraph)
    {
        // 「论坛期间，…。企业家大会上，…」 "During this period, … . Meanwhile …": a paragraph opening with a back-reference is
        // dated by the period it refers to, as one opening with that period would be; 累计 after it states no time of its
        // own (「同期，內地…累計進出口6.75萬億元…。其中，…分別增長18.5%…」).
        // A period stated after the figures is what they are compared with ("In the same period, … rose 14% to 478, against
        // 419 in the first eight months of last year"), not the paragraph's opening.
        var states = StatesTimeBefore(cues, figures.Count == 0 ? int.MaxValue : figures[0].Start);
        // Where dates follow figures, an opening sentence whose only time words refer back ("A total of 14,11,412 vehicles
        // crossed during this period. Private cars … made up 76.75 percent of them") opens the paragraph with that period too.
        if (!states && opensParagraph && cues.Count > 0 && _lastStated is { } last && RefersTo(cues[0], last)
            && ((cues[0].Clause == 0 && (figures.Count == 0 || cues[0].End <= figures[0].Start)) || (_datesFollowFigures && OnlyBackReferences(cues))))
        {
            _paragraphDate = new DatedPeriod(last, AsOfBasis.Paragraph) { OpensParagraph = true };
            return;
        }

        if (!cues.Any(c => c.Kind is TimeCueKind.Stated or TimeCueKind.Since or TimeCueKind.Current))
        {
            return;
        }

        // The date that opens the paragraph is the last one framing the sentence before its first figure: after a
        // source's day (「海关总署14日发布数据，前三季度，…」) the period it reports on.
        var first = cues[0];
        if (figures.Count > 0)
        {
            for (var k = 1; k < cues.Count && cues[k].End <= figures[0].Start; k++)
            {
                first = cues[k].Kind == TimeCueKind.Stated && cues[k].Frames && first.Kind == TimeCueKind.Stated ? cues[k] : first;
            }
        }

        var beforeFigures = figures.Count == 0 || first.End <= figures[0].Start;
        _paragraphDate = opensParagraph && first.Kind == TimeCueKind.Stated && first.Frames && (first.Clause == 0 && !_datesFollowFigures || beforeFigures) && first.Period is not null
            ? new DatedPeriod(first.Period, AsOfBasis.Paragraph, first.Role) { OpensParagraph = true }
            : null;
        // A back-reference ("during this period", 同期) refers to a period: a day the sentence also names ("…in the first
        // seven months of 2025, the operator said on Sunday") is when it was said, unless it is the only date stated; nor
        // does a later sentence's day replace a period stated before it ("in the first two months … . … 966,000 at the end
        // of February … . … reached $2.3 billion during the period": the two months).
        foreach (var c in cues)
        {
            if (c is { Kind: TimeCueKind.Stated, Period: { IsSpan: true } span })
            {
                _statedSpans.Add(span);
            }
        }

        _lastStated = cues.LastOrDefault(c => c.Kind == TimeCueKind.Stated && !IsOneDay(c.Period!))?.Period
            ?? (_lastStated is { } period && !IsOneDay(period) ? null : cues.LastOrDefault(c => c.Kind == TimeCueKind.Stated)?.Period) ?? _lastStated;
    }
}
