using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// Rule 2, respectively (MEANING.md 2.1): a span of years or a list of years, then 分别 and as many values
/// (「2016年至2021年分别开行A列、B列、…、F列」; "in 2019, 2020 and 2021 … respectively") gives the values their years in
/// order when the counts agree; rates listed the same way after them (同比分别增长…) take the same years.
/// </summary>
internal static class Respectively
{
    // The cues from `start` on. A method of its own: a lambda capturing a local of Find would make its closure for every
    // sentence, at Find's entry, not only for the rare one with a 「；」 before its respectively word.
    private static List<TimeCue> From(List<TimeCue> cues, int start)
    {
        var from = new List<TimeCue>(cues.Count);
        foreach (var c in cues)
        {
            if (c.Start >= start)
            {
                from.Add(c);
            }
        }

        return from;
    }

    /// <summary>The figures a respectively-list dates, or null when the sentence has none.</summary>
    public static Dictionary<Mention, DatedPeriod>? Find(string text, Sentence sentence, IReadOnlyList<Mention> figures, List<TimeCue> cues, TimeWords words)
    {
        // "In 2021 and 2022, … signed seven and nine loans, worth $1.22 billion and $994 million respectively, a fraction of the
        // 2016 peak": an English "respectively" closes its list, so a year stated after the last one is none of its years.
        var lastAt = words.Respectively.Last(text, sentence.Start, sentence.End);
        if (lastAt < 0)
        {
            return null;
        }

        // 「2021年1月，口岸累计接运量突破6000列；此后…，2021年至2023年分别接运…」: a list's years are those of the clause group
        // (after the last 「；」 before the word) that holds it; a date in an earlier group is no year of the list.
        var group = text.AsSpan(sentence.Start, lastAt - sentence.Start).LastIndexOfAny('；', ';') is var stop and >= 0 ? sentence.Start + stop + 1 : sentence.Start;
        var listed = group == sentence.Start ? cues : From(cues, group);
        if (Years(text, listed, char.IsAsciiLetter(text[lastAt]) ? lastAt : int.MaxValue) is not { Count: >= 2 } years)
        {
            return EachOwnYears(text, sentence, figures, cues, words);
        }

        // The runs a respectively word places come first; a run of another unit that none places (「分别开行A列和B列，发送
        // C标箱和D标箱」) is found by counting, as before.
        var placed = AfterEach(text, sentence, figures, years, words);
        var counted = Runs(figures, years);
        if (placed is null || counted is null)
        {
            return placed ?? counted;
        }

        foreach (var (figure, dated) in counted)
        {
            if (!placed.Keys.Any(p => SameRun(p, figure)))
            {
                placed.TryAdd(figure, dated);
            }
        }

        return placed;
    }

    // 「2018年至2020年，…分别为A列、B列和C列，2019年、2020年同比分别增长x%、y%」: where the sentence's years together are no
    // one list, each respectively word takes the years stated after the word before it (or the sentence's start) and before
    // it, when they are one list.
    private static Dictionary<Mention, DatedPeriod>? EachOwnYears(string text, Sentence sentence, IReadOnlyList<Mention> figures, List<TimeCue> cues, TimeWords words)
    {
        Dictionary<Mention, DatedPeriod>? found = null;
        var from = sentence.Start;
        foreach (var (at, wordEnd) in words.Respectively.Find(text, sentence.Start, sentence.End))
        {
            var before = cues.Where(c => c.Start >= from && c.End <= at).ToList();
            from = wordEnd;
            if (Years(text, before) is { Count: >= 2 } years)
            {
                Place(text, figures, years, at, wordEnd, ref found);
            }
        }

        return found;
    }

    // 「2016年至2021年分别开行A列、B列…」「同比分别增长…」: the values a Han 分别 opens are the run of figures of one unit that
    // starts right after it (its first as many as there are years, joined by list joints, and none of the run after them
    // joined so); "… were A, B and C, respectively": the run an English "respectively" closes ends right before it. Null
    // where no such run is found.
    private static Dictionary<Mention, DatedPeriod>? AfterEach(string text, Sentence sentence, IReadOnlyList<Mention> figures, List<Period> years, TimeWords words)
    {
        Dictionary<Mention, DatedPeriod>? found = null;
        foreach (var (at, wordEnd) in words.Respectively.Find(text, sentence.Start, sentence.End))
        {
            Place(text, figures, years, at, wordEnd, ref found);
        }

        return found;
    }

    // The run of figures the respectively word at [at, wordEnd) places, dated by the years in order, added to found.
    private static void Place(string text, IReadOnlyList<Mention> figures, List<Period> years, int at, int wordEnd, ref Dictionary<Mention, DatedPeriod>? found)
    {
        var latin = char.IsAsciiLetter(text[at]);
        var first = -1;
        for (var k = 0; k < figures.Count; k++)
        {
            if (latin ? figures[k].End <= at : figures[k].Start >= wordEnd)
            {
                first = latin ? k : (first < 0 ? k : first);
            }
        }

        if (first < 0)
        {
            return;
        }

        // The run: for a Han word, from `first` on; for "respectively", ending at `first`.
        var start = latin ? first - years.Count + 1 : first;
        if (start < 0 || start + years.Count > figures.Count)
        {
            return;
        }

        var ok = true;
        for (var k = start + 1; k < start + years.Count && ok; k++)
        {
            ok = SameRun(figures[k], figures[start]) && Joined(text, figures[k - 1], figures[k]);
        }

        var next = start + years.Count;
        if (!ok || (next < figures.Count && SameRun(figures[next], figures[start]) && Joined(text, figures[next - 1], figures[next])))
        {
            return;
        }

        found ??= [];
        for (var k = 0; k < years.Count; k++)
        {
            found.TryAdd(figures[start + k], new DatedPeriod(years[k], AsOfBasis.FromTo));
        }
    }

    // Two figures of a list: only a list joint, a comma or "and" (with a comma) between them.
    internal static bool Joined(string text, Mention a, Mention b)
    {
        var between = text.AsSpan(a.End, b.Start - a.End).Trim();
        return between.IsEmpty || Conjunctions.JoinsItems(between);
    }

    // Each run of as many figures of one unit as there are years, in order, takes the years.
    private static Dictionary<Mention, DatedPeriod>? Runs(IReadOnlyList<Mention> figures, List<Period> years)
    {
        Dictionary<Mention, DatedPeriod>? found = null;
        for (var i = 0; i + years.Count <= figures.Count; i++)
        {
            var run = figures.Skip(i).Take(years.Count).ToList();
            if (run.Any(f => !SameRun(f, run[0])) || (i + years.Count < figures.Count && SameRun(figures[i + years.Count], run[0])))
            {
                continue;
            }

            found ??= [];
            for (var k = 0; k < run.Count; k++)
            {
                found.TryAdd(run[k], new DatedPeriod(years[k], AsOfBasis.FromTo));
            }

            i += years.Count - 1;
        }

        return found;
    }

    // A date written right inside a bracket that closes within a few characters after it (「（6月起）」).
    private static bool Bracketed(string text, TimeCue cue) =>
        cue.Start > 0 && text[cue.Start - 1] is '（' or '(' && cue.End < text.Length && text.AsSpan(cue.End, Math.Min(3, text.Length - cue.End)).IndexOfAny('）', ')') >= 0;

    // Figures of one run share unit and kind; a longer run of them is some other list, not the years'.
    internal static bool SameRun(Mention next, Mention first) => next.Unit == first.Unit && next.Kind == first.Kind;

    // The years listed: one span of whole years (2016年至2021年), or single years one after another (2019年、2020年和2021年).
    // A date in brackets is an aside on the year before it (「2021年（6月起）、2022年和2023年」: the first year's figure
    // counts from June), no item of the list.
    private static List<Period>? Years(string text, List<TimeCue> cues, int before = int.MaxValue)
    {
        var stated = cues.Where(c => c.Kind == TimeCueKind.Stated && c.Period is not null && c.End <= before && !Bracketed(text, c)).ToList();
        if (stated.Count == 1 && stated[0].Period is { To: { } to, From: var from } && from.Precision == DatePrecision.Year && to.Precision == DatePrecision.Year
            && to.Year - from.Year is >= 1 and <= 20)
        {
            return [.. Enumerable.Range(from.Year, to.Year - from.Year + 1).Select(y => Period.AsOf(PeriodPoint.OfYear(y)))];
        }

        var single = stated.Where(c => c.Period is { IsSpan: false, From.Precision: DatePrecision.Year }).Select(c => c.Period!).ToList();
        return single.Count == stated.Count && single.Count >= 2 ? single : null;
    }
}
