namespace BeltRoad.Stats.Charts.Tests;

/// <summary>The shipped CJK font, registered with ScottPlot once for the test process (as the report step does once per run).</summary>
internal static class TestFont
{
    private static readonly Lazy<ChartFont> Registered = new(() =>
        ChartFont.Register(File.ReadAllBytes(Path.Combine(RepoRoot.Path, "src", "BeltRoad.Stats.Pdf", "Fonts", "wqy-microhei.ttf"))));

    public static ChartFont Font => Registered.Value;
}
