using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// Rule 2, respectively (MEANING.md 2.1): a span of years or a list of years, then 分别 and as many values
/// (「2016年至2021年分别开行A列、B列、…、F列」; "in 2019, 2020 and 2021 … respectively") gives the values their years in
/// order when the counts agree; rates listed the same way after them (同比分别增长…) take the same years.
/// </summary>
internal static class Respectively
{
    /// <summary>The figures a respectively-list dates, or null when the sentence has none.</summary>
    public static Dictionary<Mention, DatedPeriod>? Find(string text, Sentence sentence, IReadOnlyList<Mention> figures, List<TimeCue> cues, TimeWords words)
    {
        if (!words.Respectively.Any(text, sentence.Start, sentence.End) || Years(cues) is not { Count: >= 2 } years)
        {
            return null;
        }

        Dictionary<Mention, DatedPeriod>? found = null;
        // Each run of as many figures of one unit as there are years, in order, takes the years.
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

    // Figures of one run share unit and kind; a longer run of them is some other list, not the years'.
    private static bool SameRun(Mention next, Mention first) => next.Unit == first.Unit && next.Kind == first.Kind;

    // The years listed: one span of whole years (2016年至2021年), or single years one after another (2019年、2020年和2021年).
    private static List<Period>? Years(List<TimeCue> cues)
    {
        var stated = cues.Where(c => c.Kind == TimeCueKind.Stated && c.Period is not null).ToList();
        if (stated.Count == 1 && stated[0].Period is { To: { } to, From: var from } && from.Precision == DatePrecision.Year && to.Precision == DatePrecision.Year
            && to.Year - from.Year is >= 1 and <= 20)
        {
            return [.. Enumerable.Range(from.Year, to.Year - from.Year + 1).Select(y => Period.AsOf(PeriodPoint.OfYear(y)))];
        }

        var single = stated.Where(c => c.Period is { IsSpan: false, From.Precision: DatePrecision.Year }).Select(c => c.Period!).ToList();
        return single.Count == stated.Count && single.Count >= 2 ? single : null;
    }
}
