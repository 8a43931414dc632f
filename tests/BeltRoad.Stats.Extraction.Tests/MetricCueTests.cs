using BeltRoad.Stats.Extraction.Meaning;

namespace BeltRoad.Stats.Extraction.Tests;

public class MetricCueTests
{
    // The quick look may only rule out a text that cannot hold the cue: wherever the cue's own search finds it, the look says "may".
    [Theory]
    [InlineData("loan", "贷款余额达2.2万亿元", false)]
    [InlineData("loan", "The LOAN stood at 3 billion", true)]
    [InlineData("loan", "贷款 Loans 余额", true)]
    [InlineData("loan", "", false)]
    [InlineData("贷款", "贷款余额达2.2万亿元", true)]
    [InlineData("贷款", "中欧班列开行", true)] // a Han cue is searched ordinally, which is vectorised already: never ruled out
    [InlineData("km", "全长 142 KM", true)]
    public void Rules_out_only_texts_without_a_character_equal_to_the_cues_first(string cue, string text, bool may)
    {
        var metricCue = MetricCue.Of(cue);

        Assert.Equal(may, metricCue.MayStandIn(text));
        Assert.True(metricCue.MayStandIn(text) || !text.Contains(cue, metricCue.Comparison));
    }

    [Fact]
    public void Takes_for_a_latin_first_letter_every_character_the_comparison_equals_to_it()
    {
        var metricCue = MetricCue.Of("kw");

        for (var c = (char)0; c < char.MaxValue; c++)
        {
            var equal = !char.IsSurrogate(c) && string.Equals(c.ToString(), "k", StringComparison.OrdinalIgnoreCase);
            Assert.Equal(equal, metricCue.MayStandIn([c]));
        }
    }
}
