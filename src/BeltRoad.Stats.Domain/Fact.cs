namespace BeltRoad.Stats.Domain;

/// <summary>
/// One statistic stated in one document: what was measured, how much, in what unit, as of when,
/// how firmly, and exactly where (every span points into the original text).
/// </summary>
/// <param name="Id">Stable identifier derived from the document and the first span, so runs can be compared.</param>
/// <param name="Span">The figure as written, qualifier and unit included (「超过 7.4 万列」).</param>
/// <param name="Occurrences">Every place the document states this fact (repeated paragraphs), first is <paramref name="Span"/>; empty for a fact stated once, at its span.</param>
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
    // A run holds every fact from its extract step to its store step (issue 54: 198,188 at 100 MB of input, ≈ 2 million
    // at 1 GB), so the record keeps its parameters in fewer bytes than the compiler would, with the same properties:
    // the four enums and the as_of basis a byte each (four bytes each, eight for the nullable), the upper end of a
    // range boxed (a range is rare; an inline decimal? took 24 bytes), and no list for a fact stated once, most facts:
    // its one occurrence is its span (an array of one took 32 bytes; docs/scale.md).
    private readonly object? _valueHigh = ValueHigh;
    private readonly byte _unit = checked((byte)Unit);
    private readonly byte _qualifier = checked((byte)Qualifier);
    private readonly byte _nature = (byte)Nature.Actual;
    private readonly byte _aggregation = (byte)Aggregation.Level;
    private readonly byte _asOfBasis; // 0 for none, else the basis + 1
    private readonly SpanList? _occurrences = OrNoneForSpan(Occurrences, Span); // null: [Span]

    public decimal? ValueHigh
    {
        get => (decimal?)_valueHigh;
        init => _valueHigh = value;
    }

    public Unit Unit
    {
        get => (Unit)_unit;
        init => _unit = checked((byte)value);
    }

    public Qualifier Qualifier
    {
        get => (Qualifier)_qualifier;
        init => _qualifier = checked((byte)value);
    }

    // A fact stated once reads as a new list of its span (24 bytes, collected young) rather than hold one; so a copy
    // with another Span alone (`with { Span = … }`) moves its one occurrence too, as "first is Span" says it must.
    public IReadOnlyList<SourceSpan> Occurrences
    {
        get => (IReadOnlyList<SourceSpan>?)_occurrences ?? [Span];
        init => _occurrences = OrNoneForSpan(value, Span);
    }

    /// <summary>How many places state the fact: <see cref="Occurrences"/>' count without building the list of a fact stated once.</summary>
    public int OccurrenceCount => _occurrences?.Count ?? 1;

    /// <summary>The index-th place that states the fact (0 is <see cref="Span"/>), without building the list of a fact stated once.</summary>
    public SourceSpan OccurrenceAt(int index) =>
        _occurrences is { } occurrences ? occurrences[index] : index == 0 ? Span : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The key under which documents are compared: the same metric, subject and date.</summary>
    public FactKey Key => new(Metric, Subject, AsOf?.ToString());

    /// <summary>Whose figure it is: the actor, programme, project, institution, event or place (simplified Chinese, canonical where catalogued).</summary>
    public string Entity { get; init; } = "";

    /// <summary>What it measures, as a statistics table names a row (开行列数, 进出口总额, 签署合作文件的国家数).</summary>
    public string Indicator { get; init; } = "";

    public Nature Nature
    {
        get => (Nature)_nature;
        init => _nature = checked((byte)value);
    }

    public Aggregation Aggregation
    {
        get => (Aggregation)_aggregation;
        init => _aggregation = checked((byte)value);
    }

    /// <summary>The series this fact is a point of, null for none (<see cref="SeriesKey.Of"/>).</summary>
    public SeriesKey? Series => SeriesKey.Of(this);

    /// <summary>Which rule dated the fact (null when <see cref="AsOf"/> is null).</summary>
    public AsOfBasis? AsOfBasis
    {
        get => _asOfBasis == 0 ? null : (AsOfBasis)(_asOfBasis - 1);
        init => _asOfBasis = value is { } basis ? checked((byte)((int)basis + 1)) : (byte)0;
    }

    /// <summary>The measure word as written (场, 届, 批, 剂, 家, 所), so a count reads as its source says it: 3场, not 3.</summary>
    public string? Measure { get; init; }

    /// <summary>Two statements agree when they give the same figure, stated as firmly: 约300 and 超过300 differ.</summary>
    public bool SameFigure(Fact other) =>
        Unit == other.Unit && Value == other.Value && ValueHigh == other.ValueHigh && Qualifier == other.Qualifier;

    private static SpanList? OrNoneForSpan(IReadOnlyList<SourceSpan> occurrences, SourceSpan span)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        return occurrences is [] || (occurrences is [var only] && only == span) ? null
            : occurrences as SpanList ?? new SpanList([.. occurrences]);
    }

    // The record's equality compares its fields; a list field would compare by reference, so the same fact decoded
    // twice (a cache hit against a fresh extraction) would differ. The spans compare as a sequence instead, and the
    // list is a copy no caller can change behind the record.
    private sealed class SpanList(SourceSpan[] spans) : IReadOnlyList<SourceSpan>, IEquatable<SpanList>
    {
        private readonly SourceSpan[] _spans = spans;

        public SourceSpan this[int index] => _spans[index];

        public int Count => _spans.Length;

        public IEnumerator<SourceSpan> GetEnumerator() => ((IEnumerable<SourceSpan>)_spans).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _spans.GetEnumerator();

        public bool Equals(SpanList? other) => other is not null && _spans.AsSpan().SequenceEqual(other._spans);

        public override bool Equals(object? obj) => Equals(obj as SpanList);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var span in _spans)
            {
                hash.Add(span);
            }

            return hash.ToHashCode();
        }
    }
}
