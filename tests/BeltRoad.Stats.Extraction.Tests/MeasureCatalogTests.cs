using System.Text.Json;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>
/// One catalogue of measures (measures.json, and a user's Metrics.File over it) gives both a figure's metric and its
/// indicator label: a user's words change both.
/// </summary>
public class MeasureCatalogTests
{
    private static Domain.Fact Fact(MetricCatalog catalog, string text, decimal value) =>
        new FactExtractor(catalog).Extract(Documents.Of("a.txt", text)).Facts.Single(f => f.Value == value);

    [Fact]
    public void A_metric_a_user_gives_with_cue_words_labels_its_figures_too()
    {
        const string overlay = """
            { "metrics": [ { "code": "aid_amount", "label_zh": "援助金额", "label_en": "Aid", "group": "finance", "priority": 9,
                             "units": ["CNY", "USD"], "cues": ["援助", "捐赠"] } ] }
            """;
        const string text = "某基金向项目捐赠5亿元。";

        var builtIn = Fact(MetricCatalog.Default, text, 500000000);
        var extended = Fact(MetricCatalog.Default.Extend(overlay, "my-metrics.json"), text, 500000000);

        Assert.NotEqual("援助金额", builtIn.Indicator);
        Assert.Equal(("aid_amount", "援助金额"), (extended.Metric.Value, extended.Indicator));
    }

    [Theory]
    [InlineData("2023年，跨境电商交易额达到2.38万亿元。")]
    [InlineData("2023年，跨境電商交易額達到2.38萬億元。")]
    public void A_measure_a_user_adds_names_the_row_and_chooses_the_metric_in_either_script(string text)
    {
        const string overlay = """
            { "measures": [ { "label": "跨境电商交易额", "metric": "trade_volume", "units": ["CNY", "USD"],
                              "cues": { "zh-Hant": ["跨境電商"] } } ] }
            """;

        var builtIn = Fact(MetricCatalog.Default, text, 2380000000000);
        var extended = Fact(MetricCatalog.Default.Extend(overlay, "my-metrics.json"), text, 2380000000000);

        Assert.NotEqual(("trade_volume", "跨境电商交易额"), (builtIn.Metric.Value, builtIn.Indicator));
        Assert.Equal(("trade_volume", "跨境电商交易额"), (extended.Metric.Value, extended.Indicator));
    }

    [Fact]
    public void A_measure_a_user_flags_as_parts_makes_a_count_of_them_a_fixed_property()
    {
        const string overlay = """{ "measures": [ { "label": "隧道数", "units": ["items", "other"], "parts": true, "cues": { "en": ["tunnels"] } } ] }""";
        const string text = "The new line has 30 tunnels.";

        var builtIn = Fact(MetricCatalog.Default, text, 30);
        var extended = Fact(MetricCatalog.Default.Extend(overlay, "my-metrics.json"), text, 30);

        Assert.NotEqual(Domain.Aggregation.Attribute, builtIn.Aggregation);
        Assert.Equal(Domain.Aggregation.Attribute, extended.Aggregation);
    }

    [Fact]
    public void A_measure_a_user_gives_with_a_built_in_label_replaces_its_words()
    {
        const string overlay = """{ "measures": [ { "label": "开行列数", "units": ["trains"], "cues": { "zh-Hans": ["跑车"] } } ] }""";

        var catalog = MetricCatalog.Default.Extend(overlay, "my-metrics.json");

        var words = catalog.Measures.Where(m => m.Label == "开行列数").SelectMany(m => m.Words).Select(w => w.Word);
        Assert.Equal(["跑车"], words);
    }

    [Theory]
    [InlineData("""{ "measures": [ { "label": "援助金额", "metric": "aid", "units": ["CNY"], "cues": { "zh-Hans": ["援助"] } } ] }""", "aid")]
    [InlineData("""{ "measures": [ { "label": "援助金额", "units": ["CNY"], "cues": { "zh-TW": ["援助"] } } ] }""", "zh-TW")]
    [InlineData("""{ "measures": [ { "label": "援助金额", "cues": { "zh-Hans": ["援助"] } } ] }""", "units")]
    [InlineData("""{ "measures": [ { "label": "援助金额", "units": ["CNY"], "label_only": { "zh-Hans": ["援助"] } } ] }""", "label_only")]
    [InlineData("""{ "measures": [ { "units": ["CNY"], "cues": { "zh-Hans": ["援助"] } } ] }""", "label, a metric")]
    public void A_malformed_measure_is_refused_with_the_files_name_and_the_problem(string overlay, string problem)
    {
        var e = Assert.Throws<FormatException>(() => MetricCatalog.Default.Extend(overlay, "my-metrics.json"));
        Assert.Contains("my-metrics.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_simplified_words_are_written_in_simplified_script()
    {
        using var json = JsonDocument.Parse(EmbeddedJson.ReadText("measures.json"));
        var words = json.RootElement.GetProperty("measures").EnumerateArray()
            .SelectMany(m => new[] { "cues", "label_only" }.Where(k => m.TryGetProperty(k, out _)).Select(k => m.GetProperty(k)))
            .Where(lists => lists.TryGetProperty("zh-Hans", out _))
            .SelectMany(lists => lists.GetProperty("zh-Hans").EnumerateArray().Select(w => w.GetString()!));
        Assert.All(words, w => Assert.Equal(HanScript.ToSimplified(w), w));
    }
}

/// <summary>The shipped catalogues are read so that a word defined twice fails loudly instead of the later one winning.</summary>
public class EmbeddedCatalogTests
{
    [Fact]
    public void A_catalogue_that_lists_a_word_twice_is_refused()
    {
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse("""{ "words": { "berths": "a", "berths": "b" } }""", EmbeddedJson.Options));
    }
}
