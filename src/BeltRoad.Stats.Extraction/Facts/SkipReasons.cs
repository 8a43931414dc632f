namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>Why a figure-like mention did not become a fact (shown in the digest's data-quality section).</summary>
internal static class SkipReasons
{
    public const string Vague = "vague";
    public const string NoUnit = "no_unit";
    public const string Ordinal = "ordinal";
    public const string Label = "label";
    public const string Article = "article";

    /// <summary>「5000万美元以上的项目」: the bound of a category, not a figure anything reached.</summary>
    public const string Threshold = "threshold";
}
