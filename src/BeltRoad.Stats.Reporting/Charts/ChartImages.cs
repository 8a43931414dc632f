using System.Text;
using System.Xml.Linq;
using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Pdf;

namespace BeltRoad.Stats.Reporting.Charts;

/// <summary>
/// Every chart of the run drawn by ScottPlot in the shipped CJK font (registered once per process): the SVG with the
/// font's used glyphs embedded, so it shows Chinese on a machine without a CJK font, the PNG, and the vector drawing the
/// digest sets. The same spec gives the same bytes.
/// </summary>
internal static class ChartImages
{
    private static readonly Lazy<ChartFont> Font = new(() =>
    {
        using var stream = PdfFont.OpenEmbeddedCjk();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return ChartFont.Register(bytes.ToArray());
    });

    /// <summary>
    /// The standalone SVG: ScottPlot's, with an @font-face holding the subset of the font its text uses, and what it says for
    /// a screen reader: role="img" labelled by a &lt;title&gt; (the chart's) and a &lt;desc&gt; (its <see cref="ChartAlt"/>).
    /// </summary>
    public static string Svg(ChartSpec spec) => Describe(EmbedFont(ChartImage.Svg(spec, Font.Value), Font.Value.Family), spec);

    internal static string Describe(string svg, ChartSpec spec)
    {
        var end = SvgStartTagEnd(svg);
        var said = "\n\t<title id=\"chart-title\">" + System.Security.SecurityElement.Escape(spec.Title) + "</title>"
            + "\n\t<desc id=\"chart-desc\">" + System.Security.SecurityElement.Escape(ChartAlt.Of(spec)) + "</desc>";
        return svg[..end] + " role=\"img\" aria-labelledby=\"chart-title chart-desc\">" + said + svg[(end + 1)..];
    }

    public static byte[] Png(ChartSpec spec) => ChartImage.Png(spec, Font.Value);

    /// <summary>The chart as the digest draws it: vectors and text, without the source line (the page cites the sources under it).</summary>
    public static ChartDrawing Drawing(ChartSpec spec) => ChartDrawing.Parse(ChartImage.Svg(spec, Font.Value, withSource: false));

    internal static string EmbedFont(string svg, string family)
    {
        var texts = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim());
        var codePoints = new SortedSet<int>();
        foreach (var text in texts)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                codePoints.Add(rune.Value);
            }
        }

        if (codePoints.Count == 0)
        {
            return svg;
        }

        var subset = PdfFont.LoadEmbeddedCjk().WebSubset(codePoints);
        var end = SvgStartTagEnd(svg);
        var face = new StringBuilder("\n\t<style>@font-face { font-family: '").Append(family)
            .Append("'; src: url(data:font/ttf;base64,").Append(Convert.ToBase64String(subset)).Append(") format('truetype'); }</style>");
        return svg.Insert(end + 1, face.ToString());
    }

    /// <summary>Where the root element's start tag closes (its '&gt;').</summary>
    private static int SvgStartTagEnd(string svg)
    {
        var open = svg.IndexOf("<svg", StringComparison.Ordinal);
        var end = open < 0 ? -1 : svg.IndexOf('>', open);
        return end >= 0 ? end : throw new InvalidDataException("ScottPlot's SVG has no <svg> element to embed the font in or describe.");
    }
}
