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

    /// <summary>「连续19个月单月开行超过1000列」: a floor held over consecutive periods, not a total of one.</summary>
    public const string Floor = "floor";

    /// <summary>「西、中、东三条通道」: a count of the items just listed.</summary>
    public const string ListCount = "list_count";

    /// <summary>「3个多小时」: a length of time, not a count.</summary>
    public const string Duration = "duration";

    /// <summary>「1元人民币兑4.52元新台币」: the terms of an exchange rate, not amounts.</summary>
    public const string Rate = "rate";
}
