using BeltRoad.Stats.Recognizers.Numerals;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// A mention as the resolvers build it, before it is frozen into a <see cref="Mention"/>: immutable, each resolver
/// returns a new one (<c>with</c>). Spans are offsets in the one input text. A struct, so a resolver's new value
/// costs a copy, not an allocation.
/// </summary>
internal readonly record struct MentionDraft
{
    public MentionDraft()
    {
    }

    public int Start { get; init; }
    public int End { get; init; }
    public MentionKind Kind { get; init; } = MentionKind.Number;
    public decimal? Value { get; init; }
    public decimal? ValueHigh { get; init; }
    public decimal? NumberValue { get; init; }
    public MentionUnit Unit { get; init; }
    public string? MeasureWord { get; init; }
    public MentionQualifier Qualifier { get; init; }
    public int NumberStart { get; init; }
    public int NumberEnd { get; init; }
    public TimeExpression? Time { get; init; }
    public int MeasureStart { get; init; } = -1;

    /// <summary>多/余 right after the numeral (150多个): read with the suffixes, decided on by the qualifier.</summary>
    public bool MoreAfterNumber { get; init; }

    /// <summary>Where every figure starts: the numeral alone, a plain number until the resolvers say more.</summary>
    public static MentionDraft OfNumeral(Numeral numeral) => new()
    {
        Start = numeral.Start,
        End = numeral.End,
        NumberStart = numeral.Start,
        NumberEnd = numeral.End,
        Value = numeral.Value,
        NumberValue = numeral.Value,
    };

    public Mention Freeze(string text) => new(
        Start,
        End - Start,
        text.Substring(Start, End - Start),
        Kind,
        Value,
        ValueHigh,
        Unit,
        MeasureWord,
        Qualifier,
        NumberStart,
        NumberEnd - NumberStart,
        Time)
    { NumberValue = NumberValue };
}
