using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace BeltRoad.Stats.Charts;

/// <summary>A chart spec drawn by ScottPlot: SVG text (user units = points) or a PNG at twice the size in pixels.</summary>
public static partial class ChartImage
{
    /// <summary>The PNG's pixels per point: sharp on slides and high-density screens.</summary>
    public const float PngScale = 2f;

    /// <summary>ScottPlot's SVG of <paramref name="spec"/>; its text names <paramref name="font"/>'s family (embed the font to show it anywhere).</summary>
    /// <param name="withSource">Draw the spec's source note under the chart (a page that cites the sources itself leaves it out).</param>
    public static string Svg(ChartSpec spec, ChartFont font, bool withSource = true)
    {
        var plot = PlotBuilder.Build(spec, font, withSource);
        return NumberClips(plot.GetSvgXml(Width(spec), Height(spec)));
    }

    // Skia numbers clip paths with a counter of the whole process (cl_23 in one chart, cl_2d in the same chart drawn
    // later): renumbered by first appearance in the document, the same spec gives the same bytes.
    private static string NumberClips(string svg)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!numbers.TryGetValue(m.Value, out var number))
            {
                numbers.Add(m.Value, number = "clip" + (numbers.Count + 1).ToString(CultureInfo.InvariantCulture));
            }

            return number;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();

    public static byte[] Png(ChartSpec spec, ChartFont font)
    {
        var plot = PlotBuilder.Build(spec, font, withSource: true);
        plot.ScaleFactor = PngScale;
        return plot.GetImageBytes((int)(Width(spec) * PngScale), (int)(Height(spec) * PngScale), ImageFormat.Png);
    }

    private static int Width(ChartSpec spec) => (int)Math.Round(spec.Size.Width);

    private static int Height(ChartSpec spec) => (int)Math.Round(spec.Size.Height);
}
