using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

internal enum TimeCueKind
{
    /// <summary>A stated date or period (2022年, 截至2023年6月底, 2013—2022年).</summary>
    Stated,

    /// <summary>较2013年: the base of the comparison that follows.</summary>
    Baseline,

    /// <summary>
    /// 比去年同期, "the same month last year": the same period a year before, against which a year-on-year change holds.
    /// It dates neither the change nor the sentence; a figure it follows ("up from 1.01 million in a similar period last
    /// year") is that earlier period's.
    /// </summary>
    SamePeriodEarlier,

    /// <summary>2013年以来: from then to the document's date (no period when that date is unknown).</summary>
    Since,

    /// <summary>
    /// 开通以来, "since its launch": a running span from the start the text dated before (「自2021年12月3日开通运营以来」,
    /// 「于2021年12月3日开通」); nothing when it dated none.
    /// </summary>
    SinceEvent,

    /// <summary>目前, 累计, so far: the document's date when nothing else dates the figure.</summary>
    Current,

    /// <summary>同期, during this period: the period stated last in the paragraph.</summary>
    BackReference,

    /// <summary>论坛期间, "during the Expo": the days the event was held, when the period stated last is a span of days.</summary>
    EventBackReference,
}

/// <summary>
/// One thing in a sentence that dates the figures after it. <paramref name="Frames"/>: the date governs the rest of the
/// sentence; an event date (「于2018年成立」) governs its own clause only. <paramref name="SinceStart"/>: a since's stated
/// start, known also when the document's date (which ends its span) is not. <paramref name="NamesYear"/>: the cue writes its
/// year's digits ("the same period of 2023", FY2022-23), not a year relative to the document's ("last year", 去年同期).
/// <paramref name="MonthsToDate"/>: a count of months read as the year's months 1–N ("in nine months"), which a sentence
/// stating another date takes back (the months then count from that date).
/// </summary>
internal sealed record TimeCue(int Start, int End, TimeCueKind Kind, Period? Period, int Clause, bool Frames, TimeRole? Role = null, PeriodPoint? SinceStart = null, bool NamesYear = false,
    bool MonthsToDate = false)
{
    /// <summary>
    /// "in the ten months", "over the six years": the length in months a counted back-reference names (0: none);
    /// <see cref="ReviewedSpan"/> for "the period under review", the longest-running span the report states.
    /// </summary>
    public int Months { get; init; }

    /// <summary><see cref="Months"/> of "during the months under review": the stated span of months that ends latest.</summary>
    public const int ReviewedSpan = -1;

    /// <summary>
    /// The date is an event's: an event word before it ("opened in", 于) or an event predicate closing its clause after it
    /// (「2021年6月正式通车，」).
    /// </summary>
    public bool Event { get; init; }

    /// <summary>到2030年, by 2030: the year a target is set for.</summary>
    public bool IsTarget => Role == TimeRole.Target;

    /// <summary>
    /// Whether a cue <paramref name="which"/> picks ends by <paramref name="at"/>. Asked for every figure: a loop with a
    /// static test, where a lambda over the figure's offset would cost its closure each time.
    /// </summary>
    public static bool AnyEndingBy(IReadOnlyList<TimeCue> cues, int at, Func<TimeCue, bool> which)
    {
        for (var k = 0; k < cues.Count; k++)
        {
            if (cues[k].End <= at && which(cues[k]))
            {
                return true;
            }
        }

        return false;
    }
}
