namespace BeltRoad.Stats.Charts.Tests;

/// <summary>Writes every sample chart as SVG when CHART_GALLERY_DIR is set, for a person to look at (rsvg-convert to PNG).</summary>
public class ChartGalleryTests
{
    [Fact]
    public void Writes_the_gallery_when_asked()
    {
        var directory = Environment.GetEnvironmentVariable("CHART_GALLERY_DIR");
        foreach (var (name, spec) in SampleCharts.All())
        {
            var svg = SvgChartRenderer.Render(spec);
            Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(Path.Combine(directory, name + ".svg"), svg);
            }
        }
    }
}
