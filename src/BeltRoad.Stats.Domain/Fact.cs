namespace BeltRoad.Stats.Domain;

/// <summary>
/// One statistic stated in one document: what was measured, how much, in what unit, as of when,
/// how firmly, and exactly where (every span points into the original text).
/// </summary>
/// <param name="Id">Stable identifier derived from the document and the first span, so runs can be compared.</param>
/// <param name="Span">The figure as written, qualifier and unit included (「超过 7.4 万列」).</param>
/// <param name="Occurrences">Every place the document states this fact (repeated paragraphs), first is <paramref name="Span"/>.</param>
/// <param name="Quote">The clause or sentence around the figure, verbatim, for people to read.</param>
/// <param name="SectionPath">Headings above the figure, outermost first, joined by " > ".</param>
public sealed record Fact(
    string Id,
    string Doc,
    MetricCode Metric,
    string Subject,
    decimal Value,
    decimal? ValueHigh,
    Unit Unit,
    Qualifier Qualifier,
    Period? AsOf,
    string SectionPath,
    string Quote,
    SourceSpan Span,
    IReadOnlyList<SourceSpan> Occurrences)
{
    /// <summary>The key under which documents are compared: the same metric, subject and date.</summary>
    public FactKey Key => new(Metric, Subject, AsOf?.ToString());

    /// <summary>Whose figure it is: the actor, programme, project, institution, event or place (simplified Chinese, canonical where catalogued).</summary>
    public string Entity { get; init; } = "";

    /// <summary>What it measures, as a statistics table names a row (开行列数, 进出口总额, 签署合作文件的国家数).</summary>
    public string Indicator { get; init; } = "";

    public Nature Nature { get; init; } = Nature.Actual;

    public Aggregation Aggregation { get; init; } = Aggregation.Level;

    /// <summary>The series this fact is a point of, null for none (<see cref="SeriesKey.Of"/>).</summary>
    public SeriesKey? Series => SeriesKey.Of(this);

    /// <summary>Which rule dated the fact (null when <see cref="AsOf"/> is null).</summary>
    public AsOfBasis? AsOfBasis { get; init; }

    /// <summary>The measure word as written (场, 届, 批, 剂, 家, 所), so a count reads as its source says it: 3场, not 3.</summary>
    public string? Measure { get; init; }

    /// <summary>Two statements agree when they give the same figure, stated as firmly: 约300 and 超过300 differ.</summary>
    public bool SameFigure(Fact other) =>
        Unit == other.Unit && Value == other.Value && ValueHigh == other.ValueHigh && Qualifier == other.Qualifier;
}
