using BeltRoad.Stats.Recognizers.Candidates;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// The resolvers of one pass (label, ordinal, range, date, unit, qualifier), wired to each other once. The model makes
/// them at its text's first candidate, so a line without a figure (a third of a news feed's) costs its scan and no more.
/// </summary>
internal sealed class FigureResolvers
{
    public FigureResolvers(ScanText text, ScanState state, Fractions fractions, IReadOnlyList<Mention> emitted)
    {
        var parts = new DateParts(text);
        Labels = new LabelResolver(text, state);
        Ordinals = new OrdinalResolver(text);
        Ranges = new RangeResolver(text, state, parts, fractions);
        Dates = new CalendarDateResolver(text, state, parts, new WrittenDateResolver(text, state));
        RelativeDates = new RelativeDateResolver(text, state, parts);
        var headNouns = new HeadNounResolver(text);
        var bareCounts = new BareCountResolver(text, headNouns, new ElidedNounResolver(text, headNouns, emitted), new TableColumnResolver(text));
        Units = new UnitResolver(text, state, headNouns, bareCounts, new FigureTailResolver(text));
        Qualifiers = new QualifierResolver(text);
    }

    public LabelResolver Labels { get; }

    public OrdinalResolver Ordinals { get; }

    public RangeResolver Ranges { get; }

    public CalendarDateResolver Dates { get; }

    public RelativeDateResolver RelativeDates { get; }

    public UnitResolver Units { get; }

    public QualifierResolver Qualifiers { get; }
}
