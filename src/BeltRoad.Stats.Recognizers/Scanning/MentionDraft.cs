namespace BeltRoad.Stats.Recognizers.Scanning;

/// <summary>The mutable working state of one mention while its suffixes are read; frozen into a <see cref="Mention"/>.</summary>
internal sealed class MentionDraft
{
    public int Start;
    public int End;
    public MentionKind Kind = MentionKind.Number;
    public decimal? Value;
    public decimal? ValueHigh;
    public decimal? NumberValue;
    public MentionUnit Unit;
    public string? MeasureWord;
    public MentionQualifier Qualifier;
    public int NumberStart;
    public int NumberEnd;
    public TimeExpression? Time;
    public int MeasureStart = -1;

    /// <summary>多/余 right after the numeral (150多个): read with the suffixes, decided on by the qualifier.</summary>
    public bool MoreAfterNumber;

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
