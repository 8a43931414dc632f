namespace BeltRoad.Stats.Charts;

/// <summary>How a chart's values are written: the scale style and the unit after the number (美元, 列, 标箱, 个国家, USD).</summary>
public sealed record ValueFormat(NumberScaleStyle Style, string? Unit = null)
{
    public static ValueFormat Chinese(string? unit = null) => new(NumberScaleStyle.Chinese, unit);

    public static ValueFormat English(string? unit = null) => new(NumberScaleStyle.English, unit);

    public static ValueFormat Percent { get; } = new(NumberScaleStyle.Percent);

    /// <summary>The caption above the value axis (单位：美元), or null when axis labels say it all.</summary>
    internal string? UnitCaption =>
        string.IsNullOrWhiteSpace(Unit) || Style == NumberScaleStyle.Percent
            ? null
            : ScaleTable.For(Style).UnitCaptionPrefix + Unit;
}
