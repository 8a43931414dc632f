using System.Text;

namespace BeltRoad.Stats.Charts;

/// <summary>
/// Writes a chart as SVG 1.1: standalone files for <c>reports/charts/</c>, or inline markup for an HTML page.
/// Text names a CJK font with fallbacks; numbers are invariant with two decimals at most, so output is byte-stable.
/// </summary>
public static class SvgChartRenderer
{
    public const string FontFamily = "'WenQuanYi Micro Hei','Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif";

    /// <summary>A standalone SVG document (XML declaration included). Save as UTF-8 without BOM.</summary>
    public static string Render(DisplayList chart) => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + RenderInline(chart);

    /// <summary>Lays out and renders in one step.</summary>
    public static string Render(ChartSpec spec, ITextMeasurer? measurer = null) => Render(ChartLayout.Layout(spec, measurer));

    /// <summary>The &lt;svg&gt; element alone, for embedding in HTML; it has no ids, so many can share a page.</summary>
    public static string RenderInline(DisplayList chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var canvas = new SvgCanvas();
        ChartRenderer.Draw(chart, canvas);
        var width = SvgFormat.Number(chart.Width);
        var height = SvgFormat.Number(chart.Height);
        var title = SvgFormat.Escape(chart.Title);
        return new StringBuilder()
            .Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
            .Append("\" font-family=\"").Append(FontFamily).Append("\">\n")
            .Append("<title>").Append(title).Append("</title>\n")
            .Append("<desc>").Append(SvgFormat.Escape(chart.Description)).Append("</desc>\n")
            .Append(canvas.Markup)
            .Append("</svg>\n")
            .ToString();
    }
}
