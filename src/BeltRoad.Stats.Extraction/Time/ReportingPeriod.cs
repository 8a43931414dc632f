using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// Rule 4: a periodic release names the period it reports on in its title (「2023年1-8月我对…投资合作情况」,
/// "China's Investment Cooperation … in January-June 2024") or opens its first line with it (「2020年1—6月，我国企业…」,
/// "In the first six months of 2024, …"). The title is the document's (after a page's breadcrumbs and masthead), else
/// the first line that is not a date line; a period stated there at month, quarter or year precision is the release's
/// reporting period. A day is an event, not a period.
/// </summary>
internal static class ReportingPeriod
{
    private const int MaxTitleLength = 120;
    private const int HeaderLines = 5;
    // Where the document's title is looked for: its header, not the body that may quote it.
    private const int TitleWithin = 2000;
    // A first line opens with its period: 「2020年1—6月，」, "In the first six months of 2024,".
    private const int MaxLead = 8;

    public static Period? Find(string text, IReadOnlyList<Mention> mentions, Loading.Header.HeaderWords header, TimeWords words, string? title = null, PeriodPoint? date = null)
    {
        // "Battery plant to start production next year": a period beginning after the document's date is a plan's, never
        // one a release reports on.
        // The date's last day at its own precision: a document dated only "2024" may report on 2024年9月.
        return (Found(text, mentions, header, words, title) ?? LonePeriodLine(text, mentions)) is { } period && !(date is { } today && period.From.FirstDay > LastDay(today)) ? period : null;
    }

    // Where a line of the header may state the period alone.
    private const int LoneLineWithin = 15;

    // "ANNOUNCEMENT OF ANNUAL RESULTS", a heading set in capitals before its period on one line (the loader joins a
    // filing's two title lines): no lower-case letter, no digit.
    private static bool CapitalHeading(ReadOnlySpan<char> before) =>
        before.IndexOfAnyInRange('a', 'z') < 0 && before.IndexOfAnyInRange('0', '9') < 0 && before.IndexOfAnyInRange('A', 'Z') >= 0;

    /// <summary>
    /// "FOR THE YEAR ENDED 31 DECEMBER 2023" under an exchange filing's disclaimer, issuer names and stock code, 「2023年1—10月」
    /// on a line of its own under a release's masthead: a line of the header that is nothing but a span or a year in words (a month alone, "February 2024", is the
    /// document's date line; a year alone, 「2011年」, a timeline's heading; two such lines, a timeline), or a
    /// heading in capitals ending with one ("ANNOUNCEMENT OF ANNUAL RESULTS FOR THE YEAR ENDED …"), names the period the
    /// document reports on, wherever the title gave none.
    /// </summary>
    private static Period? LonePeriodLine(string text, IReadOnlyList<Mention> mentions)
    {
        Period? found = null;
        var lines = 0;
        for (var start = 0; start < text.Length && lines < LoneLineWithin; start++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start);
            if (!line.Trim().IsEmpty)
            {
                lines++;
                var first = start + (line.Length - line.TrimStart().Length);
                var last = start + line.TrimEnd().Length;
                foreach (var m in mentions)
                {
                    if (m.Start > last)
                    {
                        break;
                    }

                    if (m.End == last && (m.Start == first || CapitalHeading(text.AsSpan(first, m.Start - first))) && IsTitle(text.AsSpan(first, last - first))
                        && PeriodIn([m], m.Start, last) is { } period && (period.IsSpan || (period.From.Precision == DatePrecision.Year
                            // 「2011年」, "2016": a year alone heads a timeline's entries as often as a report; words around it
                            // ("FOR THE YEAR ENDED …") make it the period a filing reports on.
                            && Text.YearColumns.BareYear(m.Text.AsSpan().TrimEnd('年')) is null)))
                    {
                        if (found is not null)
                        {
                            return null; // 「2011年」「2016年」…: a timeline's headings, no period reported on
                        }

                        found = period;
                    }

                    if (m.Start >= first)
                    {
                        // Only the line's first mention may be its period.
                        break;
                    }
                }
            }

            start = end;
        }

        return found;
    }

    private static DateOnly LastDay(PeriodPoint p) => p.Precision switch
    {
        DatePrecision.Year => PeriodPoint.MonthEnd(p.Year, 12).FirstDay,
        DatePrecision.Month => PeriodPoint.MonthEnd(p.Year, p.Month).FirstDay,
        _ => p.FirstDay,
    };

    private static Period? Found(string text, IReadOnlyList<Mention> mentions, Loading.Header.HeaderWords header, TimeWords words, string? title)
    {
        if (title is { Length: > 0 } && IsTitle(title) && text.IndexOf(title, 0, Math.Min(text.Length, TitleWithin), StringComparison.Ordinal) is var at and >= 0)
        {
            return PeriodIn(mentions, at, at + title.Length) ?? TitleYear(text, mentions, at, at + title.Length, words)
                ?? OpeningPeriod(text, mentions, at + title.Length, header, words);
        }

        return FirstLine(text, mentions, words);
    }

    // The earliest and latest years a bare year in a title may be.
    private const int FirstYear = 1950;
    private const int LastYear = 2100;

    /// <summary>
    /// "… Investment Report 2023", "2023 Annual Report", "Investment Report 2023 H1": a bare year at a title's start or
    /// end (an English title writes its year as a plain number, which no date word makes a date) is the year reported
    /// on, narrowed by a half or quarter written next to it (time-words.json year_parts). A number inside the title
    /// ("… Expands To 2000 Members") is no year.
    /// </summary>
    private static Period? TitleYear(string text, IReadOnlyList<Mention> mentions, int start, int end, TimeWords words, bool reportNameOnly = false)
    {
        foreach (var m in mentions)
        {
            if (m.Start < start || m.End > end || m.Kind is not (MentionKind.Number or MentionKind.Label) || m.Length != 4 || m.Value is not { } value
                || value != decimal.Truncate(value) || value is < FirstYear or > LastYear || !m.Text.All(char.IsAsciiDigit))
            {
                continue;
            }

            // Once per document, on a title: strings are plain here.
            var before = text[start..m.Start].TrimEnd();
            var after = text[m.End..end].Trim();
            var wordBefore = before[(before.LastIndexOf(' ') + 1)..];
            // "… up 24.6% in 9M2024": a half, a quarter or months 1–N written onto the year (the recognizer reads the
            // digits after a letter as a code, not a number) narrow it as one written beside it does; no other code is a year.
            if (m.Kind == MentionKind.Label && (m.Start == start || char.IsWhiteSpace(text[m.Start - 1]) || !words.YearParts.ContainsKey(wordBefore)))
            {
                continue;
            }

            var wordAfter = after.IndexOf(' ') is var space and >= 0 ? after[..space] : after;
            (int From, int To)? part = null;
            if (words.YearParts.TryGetValue(wordAfter, out var next))
            {
                (part, after) = (next, after[wordAfter.Length..].Trim());
            }
            else if (words.YearParts.TryGetValue(wordBefore, out var previous))
            {
                (part, before) = (previous, before[..^wordBefore.Length].TrimEnd());
            }

            // "Bank of China Limited 2023 Annual Report": a year right before a report's name (time-words.json report_names)
            // is the year reported on wherever it stands.
            var reportName = words.ReportNames.At(after, 0, after.Length) is not null;
            // "Annual Report 2024: Financing Infrastructure for Tomorrow": a report's name, its year, then a subtitle, as "2023
            // Annual Report" (an edition's year after other words, "Aid Map 2025: Key Findings", reports on no year of its own).
            if (reportNameOnly ? !reportName : !(before.Length == 0 || after.Length == 0 || before[^1] is ',' or ':' or '-' or '–' or '—' or '(' or '|' || reportName
                || (after[0] is ':' or '：' or '|' or '–' or '—' && words.ReportNames.EndOf(before) is not null)))
            {
                continue;
            }

            var year = (int)value;
            return part is { } months
                ? Period.Span(PeriodPoint.OfMonth(year, months.From), PeriodPoint.OfMonth(year, months.To))
                : Period.AsOf(PeriodPoint.OfYear(year));
        }

        return null;
    }

    // The first line after the title that states something: a period at its start reports on the whole release. A
    // headline right under the title is the release's own title under its issuer's name (「新疆维吾尔自治区人民政府新闻办公室」 then
    // 「2023年新疆外贸运行情况新闻发布会（文字实录）」): a period it states is the one reported on.
    private static Period? OpeningPeriod(string text, IReadOnlyList<Mention> mentions, int from, Loading.Header.HeaderWords header, TimeWords words)
    {
        // Only the line right under the title is its subtitle.
        var subtitle = true;
        for (var start = from; start < text.Length; start++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start);
            var lead = line.Length - line.TrimStart().Length;
            var kind = line.Trim().Length > 0 && !IsDateLine(line.Trim()) ? Loading.Header.HeaderLine.Kind(line.Trim().ToString(), header) : (Loading.Header.HeaderLineKind?)null;
            // "2023 Statistical Bulletin of … Investment Summary of main findings (English edition)": a release's title run
            // together with its subtitle is too long for a headline, but a year right before a report's name still names
            // the year reported on.
            if (kind == Loading.Header.HeaderLineKind.Body)
            {
                return PeriodIn(mentions, start + lead, Math.Min(end, start + lead + MaxLead + 1), opening: true)
                    ?? (subtitle ? TitleYear(text, mentions, start, end, words, reportNameOnly: true) : null);
            }

            // A numbered line is the first section's heading, not the release's title (SectionHeading.NumberedLine).
            if (kind == Loading.Header.HeaderLineKind.Headline && subtitle && IsTitle(line.Trim()) && !Segmenting.SectionHeading.NumberedLine(line.Trim())
                && (PeriodIn(mentions, start, end) ?? TitleYear(text, mentions, start, end, words)) is { } subtitled)
            {
                return subtitled;
            }

            // "Ministry of Commerce …" over "National Bureau of Statistics | State Administration of Foreign Exchange" over "2023
            // Statistical Bulletin of …": the names of fellow issuers, with no number, keep the release's own title to come.
            subtitle &= line.Trim().IsEmpty || (kind == Loading.Header.HeaderLineKind.Headline && line.IndexOfAnyInRange('0', '9') < 0);
            start = end;
        }

        return null;
    }

    private static Period? FirstLine(string text, IReadOnlyList<Mention> mentions, TimeWords words)
    {
        var lines = 0;
        for (var start = 0; start < text.Length && lines < HeaderLines; start++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).Trim();
            if (!line.IsEmpty && !IsDateLine(line))
            {
                var lead = text.AsSpan(start, end - start).Length - text.AsSpan(start, end - start).TrimStart().Length;
                return IsTitle(line) ? PeriodIn(mentions, start, end) ?? TitleYear(text, mentions, start, end, words) : PeriodIn(mentions, start + lead, Math.Min(end, start + lead + MaxLead + 1), opening: true);
            }

            lines += line.IsEmpty ? 0 : 1;
            start = end;
        }

        return null;
    }

    // A title is short and is not a sentence: a first line that states facts in sentences is the body.
    private static bool IsTitle(ReadOnlySpan<char> line) =>
        line.Length <= MaxTitleLength && line.IndexOfAny("。！？；") < 0 && line[^1] is not ('.' or ',' or '，');

    private static bool IsDateLine(ReadOnlySpan<char> line) =>
        line.Length <= 40 && Loading.DocumentHeader.ParseDate(line.ToString()) is not null;

    // A period stated within [start, end); an opening one need only start there (「2020年1—6月，」 ends past the lead) and
    // must be a span of months: a commentary opening 「2023年10月，在…演讲中」 tells of an event, not a reporting period.
    private static Period? PeriodIn(IReadOnlyList<Mention> mentions, int start, int end, bool opening = false)
    {
        foreach (var m in mentions)
        {
            if (m.Start >= start && (opening ? m.Start < end : m.End <= end) && m.Kind == MentionKind.DatePeriod && m.Time is { } time
                && time.Role is TimeRole.Point or TimeRole.Span && StatedDates.States(m, time) && time.ToPeriod() is { } period
                && period.Latest.Precision != DatePrecision.Day && (!opening || period.IsSpan))
            {
                return period;
            }
        }

        return null;
    }
}
