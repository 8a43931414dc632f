using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>Runs the meaning resolvers over one figure in order: entity → aggregation → nature → indicator (which needs all three).</summary>
internal sealed class MeaningResolver(MeaningCatalogs catalogs)
{
    /// <summary>The entity's rule when China's own statistics (label-words.json national_statistics) made the figure China's.</summary>
    public const string NationalStatisticsRule = "national statistics";

    public FigureMeaning Resolve(FigureContext figure, IReadOnlyList<(Unit Unit, string Indicator)> earlier)
    {
        var (actor, entityRule) = EntityResolver.Resolve(figure, catalogs.Names);
        var (aggregation, aggregationRule) = AggregationResolver.Resolve(figure, catalogs.Aggregations, catalogs.Time);
        var (nature, natureRule) = NatureResolver.Resolve(figure, catalogs.Natures, catalogs.Time);
        var (indicator, measured, indicatorRule) = IndicatorResolver.Resolve(figure, actor, aggregation, nature, earlier, catalogs);
        var entity = catalogs.Labels.National.EntityOf(actor, measured);
        return new FigureMeaning(entity, indicator, measured, nature, aggregation,
            new MeaningRules(ReferenceEquals(entity, actor) ? entityRule : NationalStatisticsRule, indicatorRule, natureRule, aggregationRule));
    }
}
