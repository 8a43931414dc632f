namespace BeltRoad.Stats.Charts;

internal readonly record struct ChartRect(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;
}
