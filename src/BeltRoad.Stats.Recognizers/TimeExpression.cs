namespace BeltRoad.Stats.Recognizers;

/// <summary>A resolved date or period. <see cref="To"/> is set for spans.</summary>
public sealed record TimeExpression(TimeRole Role, DatePoint From, DatePoint? To)
{
    /// <summary>For durations: the length in years (10周年 is 10); null otherwise.</summary>
    public decimal? Years { get; init; }

    /// <summary>
    /// For durations: the length in whole months ("ten months" 10, "six years" 72); 0 where it is none. Read with a
    /// tolerance: <see cref="Years"/> holds 5/12 as 0.41666…67, so 12 times it is no exact integer.
    /// </summary>
    public int WholeMonths =>
        Years is { } years && years * 12 is var months && Math.Abs(months - Math.Round(months)) < 0.001m && months >= 1 ? (int)Math.Round(months) : 0;

    /// <summary>
    /// "2023-24", "2017/18": two consecutive years written as one split year, the second by its last two digits (a budget
    /// year in a text that counts in them).
    /// </summary>
    public bool SplitYear { get; init; }

    /// <summary>"the same period of 2023", "the same month of 2022": the period a comparison holds against, read from the culture table's same_period prefix.</summary>
    public bool SamePeriod { get; init; }

    public static TimeExpression At(TimeRole role, DatePoint point) => new(role, point, null);

    public static TimeExpression Between(DatePoint from, DatePoint to) => new(TimeRole.Span, from, to);

    /// <summary>ISO form: 2023-06-30, 2023-06, 2023, or 2013/2022 for spans.</summary>
    public string ToIso() => To is { } to ? $"{From.ToIso()}/{to.ToIso()}" : From.ToIso();
}
