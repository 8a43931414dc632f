using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>Runs the meaning resolvers over one figure in order: entity → aggregation → indicator (which needs both) → nature.</summary>
internal sealed class MeaningResolver(IndicatorCatalog indicators, NatureWords natures, AggregationWords aggregations, NameFinder names)
{
    public static MeaningResolver Default { get; } = new(IndicatorCatalog.Default, NatureWords.Default, AggregationWords.Default, NameFinder.Default);

    public FigureMeaning Resolve(FigureContext figure, IReadOnlyList<(Unit Unit, string Indicator)> earlier)
    {
        var entity = EntityResolver.Resolve(figure, names);
        var aggregation = AggregationResolver.Resolve(figure, aggregations);
        var indicator = IndicatorResolver.Resolve(figure, entity, aggregation, earlier, indicators);
        return new FigureMeaning(indicators.National.EntityOf(entity, indicator), indicator, NatureResolver.Resolve(figure, natures), aggregation);
    }
}
