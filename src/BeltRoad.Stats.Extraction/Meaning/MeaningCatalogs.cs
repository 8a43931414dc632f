using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Time;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The catalogues an extraction reads, built once with the user's overlays and handed to every stage that reads one:
/// no resolver reaches for a built-in table of its own, so a user's entity catalogue changes every name a figure gets
/// (its entity, and the names its indicator leaves out), not just some. The one place the built-in tables are read.
/// </summary>
internal sealed record MeaningCatalogs(
    MetricCatalog Metrics,
    LabelWords Labels,
    NameFinder Names,
    TimeWords Time,
    SubjectWords Subjects,
    NatureWords Natures,
    AggregationWords Aggregations,
    TierWords Tiers,
    Loading.Header.HeaderWords Header)
{
    // Read once per process: every extractor without a user's file shares them (tests make hundreds of extractors).
    private static readonly Lazy<MeaningCatalogs> Shipped = new(() =>
    {
        var time = TimeWords.Load();
        return new(MetricCatalog.Default, LabelWords.Load(), new NameFinder(EntityCatalog.Default, time.EventVerbs), time, SubjectWords.Load(), NatureWords.Load(), AggregationWords.Load(),
            TierWords.Load(), Loading.Header.HeaderWords.Default);
    });

    /// <summary>The built-in catalogues.</summary>
    public static MeaningCatalogs BuiltIn => Shipped.Value;

    /// <summary>
    /// The built-in catalogues with the run's metric catalogue and, when the user gave one, entity catalogue: the built-in
    /// names are read once per process, a user's once per run.
    /// </summary>
    public static MeaningCatalogs For(MetricCatalog metrics, EntityCatalog? entities)
    {
        var builtIn = BuiltIn;
        var builtInNames = entities is null || ReferenceEquals(entities, EntityCatalog.Default);
        return ReferenceEquals(metrics, builtIn.Metrics) && builtInNames
            ? builtIn
            : builtIn with { Metrics = metrics, Names = builtInNames ? builtIn.Names : new NameFinder(entities!, builtIn.Time.EventVerbs) };
    }
}
