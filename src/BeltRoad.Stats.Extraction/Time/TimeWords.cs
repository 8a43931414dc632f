using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>The words that date a figure (data in Resources/time-words.json; see its comment for each list).</summary>
internal sealed record TimeWords(
    WordList Current,
    WordList Cumulative,
    WordList WholePeriod,
    WordList YearEarlier,
    WordList BackReference,
    WordList EventBackReference,
    WordList BackReferenceOpeners,
    WordList BackReferenceKinds,
    WordList BackReferenceOwn,
    WordList SinceOpen,
    WordList SinceClose,
    WordList SinceToNow,
    WordList SinceClause,
    WordList SinceEvent,
    WordList RelativeClause,
    WordList Event,
    BaselineWords Baseline,
    WordList From,
    WordList To,
    WordList NowAdjectives,
    WordList FigureJoints,
    WordList SamePeriodAfter,
    WordList SamePeriodBefore,
    WordList AsOf,
    WordList Respectively,
    WordList SpanOpen,
    WordList SpanJoint,
    WordList SpanDash,
    WordList YearOnYear,
    WordList YearDeterminers,
    WordList YearNouns,
    WordList Days,
    IReadOnlyDictionary<string, int> RelativeDays,
    IReadOnlyDictionary<string, DayOfWeek> Weekdays,
    WordList WeekdayEarlier,
    WordList WeekdayNot,
    IReadOnlyDictionary<string, (int From, int To)> YearParts,
    IReadOnlySet<DocumentLanguage> DatesFollowFigures,
    WordList Courtesies,
    WordList MultipleBase,
    WordList Multiples,
    WordList BaselinePredicates,
    WordList FiscalYears,
    int FiscalYearStart,
    IReadOnlyDictionary<string, int> FiscalYearStarts,
    int FiscalYearStartOther,
    IReadOnlyDictionary<string, int> FiscalRelative,
    WordList FiscalParts,
    WordList FiscalSamePeriod,
    WordList ReportNames,
    WordList DateClauses,
    IReadOnlySet<string> FiscalYearPartners,
    WordList UndatedPeriods,
    WordList SpanClose,
    WordList SinceEventWords,
    WordList EventDays,
    WordList MonthsToDate,
    WordList SinceThen,
    WordList MonthsToDateNot,
    IReadOnlyDictionary<string, string[]> SinceEventStems,
    EventVerbs EventVerbs,
    WordList ReviewBackReference,
    WordList RecordSince,
    WordList BaselineFigureJoints,
    WordList YearlessQuarters,
    WordList EventPredicates,
    WordList WholeYear,
    WordList CurrentAfter)
{
    /// <summary>The built-in words (Resources/time-words.json), read from the assembly at each call.</summary>
    internal static TimeWords Load()
    {
        using var json = EmbeddedJson.Open("time-words.json");
        var root = json.RootElement;
        IEnumerable<string> Words(string name) => root.GetProperty(name).EnumerateArray().Select(x => x.GetString()!);
        WordList Read(string name) => new(Words(name));
        var follow = root.GetProperty("dates_follow_figures").EnumerateArray().Select(x => DocumentLanguageCodes.Parse(x.GetString()!)).ToHashSet();
        var parts = root.GetProperty("year_parts").EnumerateObject().ToDictionary(
            p => p.Name, p => p.Value.GetString()!.Split('-') is [var a, var b] ? (int.Parse(a), int.Parse(b)) : throw new FormatException($"time-words.json year_parts: {p.Name}"),
            StringComparer.OrdinalIgnoreCase);
        var relative = root.GetProperty("relative_days").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.OrdinalIgnoreCase);
        var fiscalRelative = root.GetProperty("fiscal_relative").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.OrdinalIgnoreCase);
        // The event verbs' forms each list reads come from their one table (event_verbs); the lists keep their other words.
        var verbs = EventVerbs.Read(root.GetProperty("event_verbs"));
        var weekdays = root.GetProperty("weekdays").EnumerateArray().Select((x, i) => (x.GetString()!, (DayOfWeek)i)).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.OrdinalIgnoreCase);
        // The cumulative words are rule 5's markers too; listed apart, once, because they state no time of their own.
        return new(new WordList(Words("current").Concat(Words("cumulative"))), Read("cumulative"), new WordList(Words("whole_year").Concat(Words("whole_period"))), Read("year_earlier"), Read("back_reference"), Read("event_back_reference"), Read("back_reference_openers"), Read("back_reference_kinds"), Read("back_reference_own"), Read("since_open"), Read("since_close"), Read("since_to_now"), Read("since_clause"), Read("since_event"), new WordList(Words("relative_clause").Concat(verbs.Asides)), new WordList(Words("event").Concat(verbs.Dated)),
            new BaselineWords(Read("baseline"), Read("baseline_periods")), Read("from"), Read("to"), Read("now_adjectives"), Read("figure_joints"), Read("same_period_after"), Read("same_period_before"), Read("as_of"), Read("respectively"), Read("span_open"), Read("span_joint"), Read("span_dash"), Read("year_on_year"),
            Read("year_determiners"), Read("year_nouns"), new WordList(relative.Keys.Concat(weekdays.Keys)), relative, weekdays, Read("weekday_earlier"), Read("weekday_not"), parts, follow, Read("courtesies"),
            Read("multiple_base"), Read("multiples"), Read("baseline_predicates"), Read("fiscal_years"), root.GetProperty("fiscal_year_start").GetInt32(),
            root.GetProperty("fiscal_year_starts").EnumerateObject().Where(p => !p.Name.StartsWith('$')).ToDictionary(p => p.Name, p => Month(p.Value.GetInt32(), p.Name), StringComparer.Ordinal),
            root.GetProperty("fiscal_year_start_other").GetInt32(), fiscalRelative,
            Read("fiscal_parts"), Read("fiscal_same_period"), Read("report_names"), Read("date_clauses"), Words("fiscal_year_partners").ToHashSet(StringComparer.Ordinal), Read("undated_periods"), Read("span_close"),
            new WordList(verbs.SinceStems.Keys), new WordList(verbs.Days), Read("months_to_date"), Read("since_then"), Read("months_to_date_not"), verbs.SinceStems, verbs,
            Read("review_back_reference"), Read("record_since"), Read("baseline_figure_joints"), Read("yearless_quarters"), Read("event_predicates"), Read("whole_year"), Read("current_after"));
    }

    private static int Month(int month, string country) =>
        month is >= 1 and <= 12 ? month : throw new FormatException($"time-words.json fiscal_year_starts: {country} starts in month {month}");
}
