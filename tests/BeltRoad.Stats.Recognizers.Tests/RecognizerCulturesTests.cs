namespace BeltRoad.Stats.Recognizers.Tests;

public sealed class RecognizerCulturesTests
{
    [Theory]
    [InlineData("中欧班列累计开行 7.4 万列，这是国家的发展", RecognizerCulture.ZhHans)]
    [InlineData("共150多個國家的代表參會，這是發展", RecognizerCulture.ZhHant)]
    [InlineData("More than 150 countries signed cooperation documents.", RecognizerCulture.En)]

    // No common-word marker here: 臺, 灣 and 鐵 exist only in traditional script (the two detectors once disagreed).
    [InlineData("臺灣鐵路", RecognizerCulture.ZhHant)]
    [InlineData("台湾铁路", RecognizerCulture.ZhHans)]
    public void Detects_the_script_of_a_text(string text, RecognizerCulture expected) =>
        Assert.Equal(expected, RecognizerCultures.Detect(text));

    [Theory]
    [InlineData(RecognizerCulture.ZhHans, "zh-Hans")]
    [InlineData(RecognizerCulture.ZhHant, "zh-Hant")]
    [InlineData(RecognizerCulture.En, "en")]
    public void Codes_round_trip(RecognizerCulture culture, string code)
    {
        Assert.Equal(code, culture.Code());
        Assert.True(RecognizerCultures.TryParse(code, out var parsed));
        Assert.Equal(culture, parsed);
    }

    [Fact]
    public void Recognizers_are_cached_per_culture_and_safe_to_share_between_threads()
    {
        Assert.Same(NumberRecognizer.For(RecognizerCulture.ZhHant), NumberRecognizer.For(RecognizerCulture.ZhHant));
        var texts = Directory.GetFiles(TestPaths.Seeds, "*.txt").Select(File.ReadAllText).ToArray();
        var sequential = texts.Select(t => MentionJson.Serialize(NumberRecognizer.For(RecognizerCultures.Detect(t)).Recognize(t))).ToArray();
        var parallel = new string[texts.Length * 8];
        Parallel.For(0, parallel.Length, i =>
        {
            var t = texts[i % texts.Length];
            parallel[i] = MentionJson.Serialize(NumberRecognizer.For(RecognizerCultures.Detect(t)).Recognize(t));
        });
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % texts.Length], parallel[i]);
        }
    }

    [Fact]
    public void Traditional_text_is_read_through_traditional_table_entries_without_moving_offsets()
    {
        const string text = "中國進出口銀行將各設立3500億元人民幣融資窗口";
        var m = Assert.Single(NumberRecognizer.For(RecognizerCulture.ZhHant).Recognize(text));
        Assert.Equal("3500億元人民幣", text.Substring(m.Start, m.Length));
        Assert.Equal(350000000000m, m.Value);
        Assert.Equal(MentionUnit.CNY, m.Unit);
    }

    [Theory]
    [InlineData('万', true)]
    [InlineData('亿', true)]
    [InlineData('兆', true)]
    [InlineData('萬', true)]
    [InlineData('億', true)]
    [InlineData('千', false)]
    [InlineData('元', false)]
    [InlineData('列', false)]
    [InlineData('5', false)]
    public void Large_scales_of_either_Chinese_script_are_named_by_the_tables(char c, bool scale) =>
        Assert.Equal(scale, RecognizerCultures.IsBigScale(c));
}
