namespace BeltRoad.Stats.Charts;

/// <summary>
/// The language-specific part of number formatting, as data: scale words (largest first),
/// how a scale word and a unit are joined, digit grouping and the caption that names the unit.
/// </summary>
internal sealed record ScaleTable(
    IReadOnlyList<NumberScale> Scales,
    string? GroupSeparator,
    string UnitSeparator,
    string Suffix,
    string UnitCaptionPrefix)
{
    public static readonly ScaleTable Chinese = new(
        [new(1_0000_0000_0000m, "万亿"), new(1_0000_0000m, "亿"), new(1_0000m, "万")],
        GroupSeparator: null,
        UnitSeparator: "",
        Suffix: "",
        UnitCaptionPrefix: "单位：");

    // Below a million English reports write grouped digits (74,000), not "74 thousand".
    public static readonly ScaleTable English = new(
        [new(1_000_000_000_000m, " trillion"), new(1_000_000_000m, " billion"), new(1_000_000m, " million")],
        GroupSeparator: ",",
        UnitSeparator: " ",
        Suffix: "",
        UnitCaptionPrefix: "Unit: ");

    public static readonly ScaleTable Percent = new(
        [],
        GroupSeparator: null,
        UnitSeparator: "",
        Suffix: "%",
        UnitCaptionPrefix: "单位：");

    public static ScaleTable For(NumberScaleStyle style) => style switch
    {
        NumberScaleStyle.Chinese => Chinese,
        NumberScaleStyle.English => English,
        NumberScaleStyle.Percent => Percent,
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown number scale style."),
    };

    /// <summary>The largest scale not larger than <paramref name="magnitude"/>, or none (factor 1).</summary>
    public NumberScale ScaleFor(decimal magnitude)
    {
        foreach (var scale in Scales)
        {
            if (magnitude >= scale.Factor)
            {
                return scale;
            }
        }

        return Unscaled;
    }

    /// <summary>The next larger scale, used when rounding carries a mantissa over (9999.6万 → 1亿).</summary>
    public NumberScale? LargerThan(NumberScale scale)
    {
        NumberScale? larger = null;
        foreach (var candidate in Scales)
        {
            if (candidate.Factor > scale.Factor)
            {
                larger = candidate;
            }
        }

        return larger;
    }

    public static readonly NumberScale Unscaled = new(1m, "");
}
