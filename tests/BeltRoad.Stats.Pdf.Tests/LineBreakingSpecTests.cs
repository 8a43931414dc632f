using System.Text.Json;
using BeltRoad.Stats.Pdf.Tests.Support;
using BeltRoad.Stats.Pdf.Text;

namespace BeltRoad.Stats.Pdf.Tests;

/// <summary>The line-breaking rules, one case per entry of Specs/line-breaking.json.</summary>
public class LineBreakingSpecTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Cases = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "line-breaking.json")))
            .RootElement.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!));

    public static TheoryData<string> Names => [.. Cases.Value.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Breaks_as_specified(string name)
    {
        var spec = Cases.Value[name];
        var text = spec.GetProperty("text").GetString()!;
        var style = PdfTextStyle.Of(TestDocuments.Font, spec.GetProperty("size").GetDouble());
        var expected = spec.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToList();

        var lines = TextMeasurer.Wrap(text, style, spec.GetProperty("width").GetDouble());

        Assert.Equal(expected, lines);
    }

    [Fact]
    public void Every_line_fits_unless_a_single_character_is_wider()
    {
        var style = PdfTextStyle.Of(TestDocuments.Font, 10);
        const string text = "2024年，中国与共建“一带一路”国家进出口总额达到22.1万亿元，同比增长5.8%。The Belt and Road Initiative (BRI) covered 150 countries.";
        foreach (var width in new[] { 15.0, 33.3, 61, 97.5, 150, 233 })
        {
            var lines = TextMeasurer.Wrap(text, style, width);
            Assert.All(lines, line => Assert.True(TextMeasurer.Width(line, style) <= width + 1e-6 || line.EnumerateRunes().Count() == 1, $"'{line}' at {width}"));
            Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Numbers_with_units_are_found_as_protected_spans()
    {
        const string text = "增长19.1万亿美元，区间2.8%—9.7%，2024年";
        var spans = LineBreakRules.ProtectedSpans(text).Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(["19.1万亿美元", "2.8%—9.7%", "2024年"], spans);
    }
}
