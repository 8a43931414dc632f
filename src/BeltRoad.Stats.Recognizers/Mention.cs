namespace BeltRoad.Stats.Recognizers;

/// <summary>
/// One recognised figure. <see cref="Text"/> is exactly <c>input.Substring(Start, Length)</c> and covers qualifier
/// words, numeral and unit; <see cref="NumberStart"/>/<see cref="NumberLength"/> cover the numeral alone.
/// </summary>
public sealed record Mention(
    int Start,
    int Length,
    string Text,
    MentionKind Kind,
    decimal? Value,
    decimal? ValueHigh,
    MentionUnit Unit,
    string? MeasureWord,
    MentionQualifier Qualifier,
    int NumberStart,
    int NumberLength,
    TimeExpression? Time)
{
    public int End => Start + Length;

    /// <summary>The numeral's own value before unit scaling (七成 is 7 here and 70 in <see cref="Value"/>).</summary>
    public decimal? NumberValue { get; init; }

    /// <summary>
    /// On a bilingual page, the <see cref="Start"/> of the figure in the other script that this one states again (the
    /// English line's 「706,000 units」 after the Chinese line's 「70.6万辆」); null for a figure stated once.
    /// </summary>
    public int? Restates { get; init; }
}
