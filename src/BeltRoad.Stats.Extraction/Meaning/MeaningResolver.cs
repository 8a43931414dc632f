using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>Runs the meaning resolvers over one figure in order: entity → nature → aggregation (an undated flow is a period total only when it happened) → indicator (which needs all three).</summary>
internal sealed class MeaningResolver(MeaningCatalogs catalogs)
{
    /// <summary>The entity's rule when China's own statistics (label-words.json national_statistics) made the figure China's.</summary>
    public const string NationalStatisticsRule = "national statistics";

    /// <summary>The entity's rule when a place's figure of lending or engagement went to the lender (label-words.json recipients).</summary>
    public const string LenderRule = "lender of a place";

    /// <summary>The entity's rule when a place took a share of a whole that is another's (label-words.json share_wholes part_verbs).</summary>
    public const string WholesOwnerRule = "whole's owner";

    /// <summary>The entity's rule when a road's, bridge's or tunnel's traffic or tolls went to the project (entity-names.json traffic_rows).</summary>
    public const string ThingsTrafficRule = "thing's traffic";

    /// <summary>The entity's rule when a place ranked after another took the leader's owner (entity-names.json ranked_followers).</summary>
    public const string RankedFollowerRule = "ranked follower";

    public FigureMeaning Resolve(FigureContext figure, IReadOnlyList<(Unit Unit, string Indicator)> earlier, RankedFollowers ranked)
    {
        var (actor, entityRule) = EntityResolver.Resolve(figure, catalogs.Names, catalogs.Labels.ComparisonWords, catalogs.Time.Respectively, catalogs.Metrics.PartNouns, catalogs.Labels.PartWords);
        var (nature, natureRule) = NatureResolver.Resolve(figure, catalogs.Natures, catalogs.Time, catalogs.Labels.ComparisonWords);
        var (aggregation, aggregationRule) = AggregationResolver.Resolve(figure, nature, catalogs.Aggregations, catalogs.Time, catalogs.Natures.PledgeVerbs, catalogs.Metrics.PartNouns, catalogs.Labels.Valued, catalogs.Names.Possessives, catalogs.Labels.ComparisonWords);
        var (indicator, measured, indicatorRule) = IndicatorResolver.Resolve(figure, actor, aggregation, nature, earlier, catalogs);
        var national = catalogs.Labels.National.EntityOf(actor, measured);
        var (lent, lentRow) = catalogs.Labels.Recipients.Lent(figure, national, indicator, measured, catalogs.Names);
        // A report's title (or a source its sentence cites) sending the lending to one place: the figure's row is what went
        // there, unless a table row names its borrower ("Other LAC borrowers | 36 | US$6.4 billion").
        var titles = catalogs.Labels.TitleRecipients;
        var recipient = figure.In.TitleRecipient ?? (titles.IsRow(lentRow) ? figure.In.CitedRecipient(titles, catalogs.Names, catalogs.Labels.Partners.Label) : null);
        var sent = titles.Apply(TitleRecipients.ForEntity(recipient, lent, catalogs.Names), lentRow);
        var row = ReferenceEquals(sent, lentRow) || catalogs.Labels.Recipients.IsRecipientRow(figure) ? lentRow : sent;
        // The finance a title counts is the lender's (China's, its policy banks'): another lender's figure keeps its row.
        if (lent == catalogs.Names.DefaultActor || catalogs.Labels.Recipients.Lenders.Contains(lent))
        {
            row = catalogs.Labels.TitleInstruments.Apply(figure.In.TitleInstrument, row);
        }
        var owner = WholesOwner.Of(figure, lent, aggregation, catalogs.Names, catalogs.Labels.Wholes);
        var traffic = ThingsTraffic.Of(figure, owner, measured, string.Equals(measured, indicator, StringComparison.Ordinal), catalogs.Metrics.PartLabels.Contains(measured), catalogs.Names);
        var entity = ranked.Of(figure, traffic, catalogs.Names);
        var rule = !ReferenceEquals(entity, traffic) ? RankedFollowerRule : !ReferenceEquals(traffic, owner) ? ThingsTrafficRule : !ReferenceEquals(entity, lent) ? WholesOwnerRule
            : ReferenceEquals(entity, actor) ? entityRule : ReferenceEquals(entity, national) ? NationalStatisticsRule : LenderRule;
        return new FigureMeaning(entity, row, ReferenceEquals(measured, indicator) ? row : measured, nature, aggregation,
            new MeaningRules(rule, indicatorRule, natureRule, aggregationRule));
    }
}
