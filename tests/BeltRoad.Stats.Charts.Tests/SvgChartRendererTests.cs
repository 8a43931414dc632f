using System.Xml.Linq;

namespace BeltRoad.Stats.Charts.Tests;

public class SvgChartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Names() => [.. SampleCharts.All().Select(sample => sample.Name)];

    private static ChartSpec Sample(string name) => SampleCharts.All().Single(sample => sample.Name == name).Spec;

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_chart_is_a_well_formed_svg_document(string name)
    {
        var document = XDocument.Parse(SvgChartRenderer.Render(Sample(name)));

        var root = document.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("1.1", (string?)root.Attribute("version"));
        Assert.StartsWith("0 0 ", (string?)root.Attribute("viewBox"), StringComparison.Ordinal);
        Assert.Equal(SvgChartRenderer.FontFamily, (string?)root.Attribute("font-family"));
        Assert.Equal(Sample(name).Title.Replace("\u0001", "", StringComparison.Ordinal), root.Element(Svg + "title")!.Value);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Same_input_gives_the_same_bytes(string name) =>
        Assert.Equal(SvgChartRenderer.Render(Sample(name)), SvgChartRenderer.Render(Sample(name)));

    [Fact]
    public void Document_text_is_escaped_never_markup()
    {
        var svg = SvgChartRenderer.Render(SampleCharts.AdversarialText());
        var document = XDocument.Parse(svg);

        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.Single(document.Root!.Elements(), e => e.Name == Svg + "title");
        Assert.Empty(document.Descendants(Svg + "script"));
        var texts = document.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("a<b", texts);
        Assert.Contains("来源：</svg><svg onload=alert(1)>", texts);
    }

    [Fact]
    public void Inline_markup_has_no_xml_declaration_and_parses()
    {
        var inline = SvgChartRenderer.RenderInline(ChartLayout.Layout(SampleCharts.TradeBars()));
        Assert.StartsWith("<svg ", inline, StringComparison.Ordinal);
        Assert.Equal(Svg + "svg", XElement.Parse(inline).Name);
    }

    [Fact]
    public void Numbers_are_invariant_with_at_most_two_decimals()
    {
        var svg = SvgChartRenderer.Render(SampleCharts.TrainsOverTime());
        var numbers = XDocument.Parse(svg).Descendants()
            .SelectMany(e => e.Attributes())
            .Where(a => a.Name.LocalName is "x" or "y" or "x1" or "y1" or "width" or "height" or "font-size")
            .Select(a => a.Value);
        Assert.All(numbers, value => Assert.Matches(@"^-?\d+(\.\d{1,2})?$", value));
    }

    [Fact]
    public void Readable_values_appear_on_the_bars()
    {
        var texts = XDocument.Parse(SvgChartRenderer.Render(SampleCharts.TradeBars())).Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("2.07万亿", texts);
        Assert.Contains("2万亿", texts);
        Assert.Contains("单位：美元", texts);
        Assert.DoesNotContain(texts, t => t.Contains("2070000000000", StringComparison.Ordinal));
    }
}
