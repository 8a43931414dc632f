namespace BeltRoad.Stats.Charts;

/// <summary>The look of every chart, in one place: quiet greys for structure, colour only for data.</summary>
internal static class ChartTheme
{
    public const double Padding = 14;
    public const double BarFraction = 0.62;
    public const double MaxBarThickness = 56;
    public const double LineWidth = 2;
    public const double MarkerRadius = 3;

    public static readonly TextStyle Title = new(14, ChartColor.FromHex("#1A1A1A"), Bold: true);
    public static readonly TextStyle Subtitle = new(10, ChartColor.FromHex("#555555"));
    public static readonly TextStyle Legend = new(9, ChartColor.FromHex("#333333"));
    public static readonly TextStyle Caption = new(8.5, ChartColor.FromHex("#666666"));
    public static readonly TextStyle TickLabel = new(8.5, ChartColor.FromHex("#595959"));
    public static readonly TextStyle CategoryLabel = new(9, ChartColor.FromHex("#333333"));
    public static readonly TextStyle ValueLabel = new(8.5, ChartColor.FromHex("#262626"));
    public static readonly TextStyle Source = new(8, ChartColor.FromHex("#767676"));

    public static readonly ChartColor Grid = ChartColor.FromHex("#E3E3E3");
    public static readonly ChartColor Baseline = ChartColor.FromHex("#8C8C8C");
    public static readonly ChartColor Background = ChartColor.FromHex("#FFFFFF");
}
