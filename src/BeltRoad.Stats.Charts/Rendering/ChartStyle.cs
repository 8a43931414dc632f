using ScottPlot;

namespace BeltRoad.Stats.Charts;

/// <summary>The charts' colours and text sizes, in one place.</summary>
internal static class ChartStyle
{
    public const float TitleSize = 13;
    public const float TickSize = 10;
    public const float ValueLabelSize = 9.5f;
    public const float SourceSize = 9;
    public const float LineWidth = 2;
    public const float PointSize = 7;
    public const float BoundSize = 10;

    public static readonly Color Title = Color.FromHex("#1F3A5F");
    public static readonly Color Muted = Color.FromHex("#666666");
    public static readonly Color Grid = Color.FromHex("#E6E6E6");
    public static readonly Color Axis = Color.FromHex("#8C8C8C");

    /// <summary>Points documents disagree about.</summary>
    public static readonly Color Flagged = Color.FromHex("#D55E00");

    public static Color Of(ChartColor color) => new(color.R, color.G, color.B);
}
