using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// The spans a document stated so far, as a counted back-reference asks for them: the one of each length in months that
/// ends latest ("in the ten months"), and the span of months ending latest that has ended by the document's date ("the
/// months under review"). Only those are kept, so a back-reference costs one look-up however many spans came before.
/// </summary>
internal sealed class StatedSpans(PeriodPoint? today)
{
    private readonly Dictionary<int, Period> _latestOfLength = [];
    private Period? _latestReviewed;

    public void Add(Period span)
    {
        var months = span.WholeMonths;
        // The first stated of two ending together stays.
        if (!_latestOfLength.TryGetValue(months, out var kept) || EndsLater(span, kept))
        {
            _latestOfLength[months] = span;
        }

        // A reviewed span has ended: a budget year the report's months are part of runs past the document's date.
        if (months > 1 && (today is not { } date || span.To!.Value.LastDay <= date.LastDay) && (_latestReviewed is null || EndsLater(span, _latestReviewed)))
        {
            _latestReviewed = span;
        }
    }

    /// <summary>The span of that many months ending latest, or of <see cref="TimeCue.ReviewedSpan"/>; null when none was stated.</summary>
    public Period? Latest(int months) => months == TimeCue.ReviewedSpan ? _latestReviewed : _latestOfLength.GetValueOrDefault(months);

    private static bool EndsLater(Period span, Period than) => span.To!.Value.CompareTo(than.To!.Value) > 0;
}
