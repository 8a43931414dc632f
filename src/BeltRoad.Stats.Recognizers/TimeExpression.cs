namespace BeltRoad.Stats.Recognizers;

/// <summary>A resolved date or period. <see cref="To"/> is set for spans.</summary>
public sealed record TimeExpression(TimeRole Role, DatePoint From, DatePoint? To)
{
    /// <summary>For durations: the length in years (10周年 is 10); null otherwise.</summary>
    public decimal? Years { get; init; }

    /// <summary>"the same period of 2023", "the same month of 2022": the period a comparison holds against, read from the culture table's same_period prefix.</summary>
    public bool SamePeriod { get; init; }

    public static TimeExpression At(TimeRole role, DatePoint point) => new(role, point, null);

    public static TimeExpression Between(DatePoint from, DatePoint to) => new(TimeRole.Span, from, to);

    /// <summary>ISO form: 2023-06-30, 2023-06, 2023, or 2013/2022 for spans.</summary>
    public string ToIso() => To is { } to ? $"{From.ToIso()}/{to.ToIso()}" : From.ToIso();
}
