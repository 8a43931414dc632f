using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>Runs the meaning resolvers over one figure in order: entity → aggregation → indicator (which needs both) → nature.</summary>
internal sealed class MeaningResolver(MeaningCatalogs catalogs)
{
    public FigureMeaning Resolve(FigureContext figure, IReadOnlyList<(Unit Unit, string Indicator)> earlier)
    {
        var entity = EntityResolver.Resolve(figure, catalogs.Names);
        var aggregation = AggregationResolver.Resolve(figure, catalogs.Aggregations);
        var indicator = IndicatorResolver.Resolve(figure, entity, aggregation, earlier, catalogs);
        return new FigureMeaning(catalogs.Labels.National.EntityOf(entity, indicator), indicator, NatureResolver.Resolve(figure, catalogs.Natures), aggregation);
    }
}
