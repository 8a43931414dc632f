using BeltRoad.Stats.Extraction.Segmenting;

namespace BeltRoad.Stats.Extraction.Tests;

public class SegmenterTests
{
    [Fact]
    public void Splits_sentences_at_full_stops_and_paragraphs_and_clauses_at_commas_and_semicolons()
    {
        const string text = "截至2023年6月底，中欧班列累计开行7.4万列；运输近700万标箱。第二句！\n第三段";
        var sentences = Segmenter.Split(text);

        Assert.Equal(["截至2023年6月底，中欧班列累计开行7.4万列；运输近700万标箱。", "第二句！", "第三段"], sentences.Select(s => text[s.Start..s.End]));
        Assert.Equal(["截至2023年6月底", "中欧班列累计开行7.4万列", "运输近700万标箱。"], sentences[0].Clauses.Select(c => text[c.Start..c.End]));
    }

    [Fact]
    public void Does_not_split_english_sentences_inside_numbers_or_abbreviations()
    {
        const string text = "Trade reached 19.1 trillion U.S. dollars in 2022. It grew 6.4 percent.";
        Assert.Equal(2, Segmenter.Split(text).Count);
    }

    [Fact]
    public void Tracks_the_section_path_from_numbered_headings()
    {
        const string text = "### 三、促进全方位多领域互联互通\n\n(二) 设施联通初具规模\n\n中欧班列累计开行7.4万列。\n\n专栏 1 中欧班列\n\n运输近700万标箱。\n\n(三) 贸易畅通便捷高效\n\n贸易额增长。";
        var sentences = Segmenter.Split(text);

        string PathOf(string fragment) => sentences.First(s => text[s.Start..s.End].Contains(fragment, StringComparison.Ordinal)).SectionPath;
        Assert.Equal("三、促进全方位多领域互联互通 > (二) 设施联通初具规模", PathOf("7.4万列"));
        Assert.Equal("三、促进全方位多领域互联互通 > (二) 设施联通初具规模 > 专栏 1 中欧班列", PathOf("700万标箱"));
        Assert.Equal("三、促进全方位多领域互联互通 > (三) 贸易畅通便捷高效", PathOf("贸易额增长"));
    }

    [Theory]
    [InlineData("一、源自中国属于世界", 1)]
    [InlineData("（二）设施联通初具规模", 2)]
    [InlineData("(十八) 某项", 2)]
    [InlineData("专栏 6 鲁班工坊", 3)]
    [InlineData("## 前言", 0)]
    [InlineData("二、高峰论坛主题是“高质量共建‘一带一路’”。论坛期间举行三场高级别论坛。", null)]
    [InlineData("中欧班列累计开行7.4万列", null)]
    public void Ranks_headings_by_their_marker(string line, int? rank) =>
        Assert.Equal(rank, SectionHeading.Rank(line));
}
