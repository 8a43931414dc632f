using BeltRoad.Stats.Extraction.Normalizing;

namespace BeltRoad.Stats.Extraction.Tests;

public class TextNormalizerTests
{
    [Fact]
    public void Joins_a_sentence_broken_across_lines_and_maps_back_to_the_original()
    {
        const string original = "10年来，共建“一带一路”不仅给相关国家带来实实在在的利益，也为破解全球发展难题和完善全球治理体\n\n系作出积极贡献。";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("10年来，共建“一带一路”不仅给相关国家带来实实在在的利益，也为破解全球发展难题和完善全球治理体系作出积极贡献。", normalized.Text);
        var at = normalized.Text.IndexOf("体系", StringComparison.Ordinal);
        var span = normalized.ToOriginal(at, at + 2);
        Assert.Equal("体\n\n系", original[span.Start..span.End]);
    }

    [Theory]
    [InlineData(",")]
    [InlineData("，")]
    public void A_line_that_stops_at_a_comma_goes_on_into_the_next(string comma)
    {
        // A printed PDF breaks a paragraph's line after its clause: the date before the break still heads the sentence.
        var original = "改善产生了积极影响，也大幅降低了东非内陆地区的产品经蒙巴萨港出口的物流成本。截至 2023 年 8 月 31 日" + comma + "\n蒙内铁路日均开行 6 列旅客列车。";

        Assert.Equal(original.Replace("\n", "", StringComparison.Ordinal), TextNormalizer.Normalize(original).Text);
    }

    [Fact]
    public void Keeps_a_heading_and_a_finished_sentence_on_their_own_lines()
    {
        const string original = "## 一、源自中国属于世界\n\n当今世界正处于百年未有之大变局。\n\n下一段开始了。";
        Assert.Equal(original, TextNormalizer.Normalize(original).Text);
    }

    [Fact]
    public void Keeps_a_bilingual_pages_english_heading_apart_from_the_chinese_paragraph_below()
    {
        const string original = "Good morning. Let me brief you on the Forum.\n\n一、论坛概况\n1. An overview of the forum\n\n4月25日至27日，论坛在北京举行。";
        Assert.Equal(original, TextNormalizer.Normalize(original).Text);
    }

    [Fact]
    public void Keeps_a_title_and_a_dateline_apart_from_the_text_below()
    {
        const string original = "2024年上半年中欧班列运行情况统计\n\n国铁集团 2024年7月10日\n\n今年上半年，中欧班列累计开行1万列。";
        Assert.Equal(original, TextNormalizer.Normalize(original).Text);
    }

    [Theory]
    [InlineData("【点击查看更多精彩内容】")]
    [InlineData("點擊進入專題")]
    [InlineData("Advertisement")]
    public void Drops_a_navigation_line_a_web_copy_injected_inside_a_sentence(string navigation)
    {
        var original = "2024年1-9月，我国企业在共建国家新签承包工程合同额达到\n" + navigation + "\n1580亿美元，同比增长4.3%。";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("2024年1-9月，我国企业在共建国家新签承包工程合同额达到1580亿美元，同比增长4.3%。", normalized.Text);
        var at = normalized.Text.IndexOf("1580", StringComparison.Ordinal);
        Assert.Equal("1580", original[normalized.ToOriginal(at, at + 4).Start..normalized.ToOriginal(at, at + 4).End]);
    }

    [Theory]
    [InlineData("2024年，全省对共建国家进出口3126.5亿\n元，同比增长3.8%。", "进出口3126.5亿元，同比增长3.8%。")]
    [InlineData("2024年，基地中欧班列到发911\n列，同比增长13%。", "到发911列，同比增长13%。")]
    public void A_short_line_cut_between_a_figure_and_its_unit_reads_on_into_the_next(string original, string joined) =>
        Assert.Contains(joined, TextNormalizer.Normalize(original).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("我国企业在共建国家新签承包工程合同额1580亿美元。\n【点击查看更多精彩内容】\n下一句。")] // a navigation line between finished sentences
    [InlineData("发布时间：2024-10-15 10:02:31  来源：本网站新闻中心\n海关总署14日发布数据，前三季度进出口增长。")] // a web page's date stamp
    [InlineData("Trade with B&R countries up 6.3 pct in first 10 months\n\nExports to these countries reached 9.6 trillion yuan.")] // an English headline
    [InlineData("2025年1-7月我对“一带一路”共建国家承包工程业务情况\n\n对外承包工程方面，新签合同额900亿美元。")] // a release's title past the heading length
    [InlineData("商务部 2025-08-20\n\n2025年1-7月我对“一带一路”共建国家承包工程业务情况\n\n新签合同额900亿美元。")] // the same under a date stamp
    [InlineData("联系电话：028-83968000\n网站标识码：5101130018")] // a footer's lines: a number, then a line that is no sentence going on
    [InlineData("2024年进出口3126.5亿\n\n元旦期间，口岸通关顺畅。")] // a blank line between: a new paragraph
    [InlineData("Its approvals have grown over the years:\nMarch 2021 -- 40 projects, 12 billion dollars\nSeptember 2022 -- 55 projects, 17 billion dollars")] // a timeline's dated entries
    public void Keeps_lines_that_are_not_half_a_sentence_apart(string original) =>
        Assert.Equal(original, TextNormalizer.Normalize(original).Text);

    [Fact]
    public void Joins_a_document_that_opens_mid_sentence_on_a_columns_full_line()
    {
        // A PDF's first line is a column's full line, as long as the next: half a sentence, not a title.
        const string original = "中国同共建国家在基础设施能源资源产业投资和经贸园区等领域持续深化合\n\n作，一批标志性项目和惠民生的小而美项目相继落地，成效日益显现并将继\n\n续扩大。";
        Assert.Equal("中国同共建国家在基础设施能源资源产业投资和经贸园区等领域持续深化合作，一批标志性项目和惠民生的小而美项目相继落地，成效日益显现并将继续扩大。", TextNormalizer.Normalize(original).Text);
    }

    // Paragraphs of a news page set in a narrow column, each a run of whole sentences; a title above them.
    private static readonly string[] ColumnParagraphs =
    [
        "本报记者从国铁集团获悉，截至今年十月底，中欧班列年内开行数量继续保持增长势头，西部通道的回程货源明显增加，沿线口岸通关效率进一步提升，多个城市新开了直达线路。",
        "据介绍，班列运输的货物品类已经扩展到汽车整车、机械设备、电子产品和农产品等五十多个大类，不少外贸企业把班列当作稳定供应链的重要选择，物流成本也有所下降。",
        "业内人士认为，随着境外集结中心和海外仓建设不断推进，班列服务网络将更加完善，通达欧洲国家的城市数量还会增加，为沿线地区带来更多合作机会和发展空间。",
    ];

    [Theory]
    [InlineData(12)]
    [InlineData(16)]
    [InlineData(20)]
    public void Joins_the_lines_of_a_narrow_column_but_keeps_its_title_and_paragraphs_apart(int width)
    {
        const string title = "中欧班列保持增长";
        var original = title + "\n\n" + string.Join("\n\n", ColumnParagraphs.Select(p => Wrap(p, width)));

        var normalized = TextNormalizer.Normalize(original).Text;

        Assert.Equal(title + "\n\n" + string.Join("\n\n", ColumnParagraphs), normalized);
    }

    [Fact]
    public void A_narrow_column_with_windows_line_ends_and_a_page_break_is_joined_as_well()
    {
        // As a Windows tool or pdftotext leaves it: \r\n ends each line, and a form feed starts the next page in the
        // middle of the second paragraph, which goes on across it.
        const string title = "中欧班列保持增长";
        var lines = ColumnParagraphs.Select(p => Wrap(p, 16).Split('\n')).ToList();
        var second = string.Join("\r\n", lines[1][..3]) + "\r\n\f" + string.Join("\r\n", lines[1][3..]);
        var original = title + "\r\n\r\n" + string.Join("\r\n", lines[0]) + "\r\n\r\n" + second + "\r\n\r\n" + string.Join("\r\n", lines[2]);

        var normalized = TextNormalizer.Normalize(original).Text;

        Assert.Equal(title + "\r\n\r\n" + string.Join("\r\n\r\n", ColumnParagraphs), normalized);
    }

    [Fact]
    public void A_figure_broken_at_a_narrow_columns_edge_reads_whole()
    {
        // 14 characters a line; the line before the break holds more for its half-width digits, the last line of a paragraph fewer.
        var original = string.Join("\n\n", ColumnParagraphs.Select(p => Wrap(p, 14)))
            + "\n\n据统计，截至2023年6月底中欧班列累计开行7.4\n万列，通达欧洲二十五个国家的二百\n多个城市，运送货物超过七百万标\n箱。";

        Assert.Contains("累计开行7.4万列，通达欧洲二十五个国家的二百多个城市，运送货物超过七百万标箱。", TextNormalizer.Normalize(original).Text, StringComparison.Ordinal);
        Assert.Contains(Documents.Facts(original), f => f.Value == 74_000m && f.Unit == Domain.Unit.Trains);
    }

    [Theory]
    [InlineData("1月份中欧班列开行1234列\n2月份中欧班列开行1456列\n")] // a table's rows: equal lengths, mostly digits
    [InlineData("首页\n新闻中心\n图片\n视频\n专题报道\n")] // a menu: short labels of any length
    public void Rows_of_equal_length_that_are_not_chinese_prose_make_no_column(string rows)
    {
        var original = string.Concat(Enumerable.Repeat(rows, 12)) + "以上数据来自国铁集团。";
        Assert.Equal(original, TextNormalizer.Normalize(original).Text);
    }

    // Lines of `width` characters, as a typesetter breaks them: a closing mark never starts a line, it hangs at the end of the one before.
    private static string Wrap(string paragraph, int width)
    {
        var lines = new List<string>();
        for (var at = 0; at < paragraph.Length;)
        {
            var end = Math.Min(at + width, paragraph.Length);
            end += end < paragraph.Length && "，。、；：！？）”」".Contains(paragraph[end], StringComparison.Ordinal) ? 1 : 0;
            lines.Add(paragraph[at..end]);
            at = end;
        }

        return string.Join("\n", lines);
    }

    [Fact]
    public void A_line_break_between_latin_words_or_numbers_becomes_a_space()
    {
        const string original = "Trade between China and the countries that joined the initiative reached US$2.9 trillion in the\nyear 2022 and grew again.";
        var normalized = TextNormalizer.Normalize(original);
        Assert.Contains("in the year 2022", normalized.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Folds_full_width_digits_and_percent_one_for_one()
    {
        var normalized = TextNormalizer.Normalize("增长７．４％");
        Assert.Equal("增长7.4%", normalized.Text);
        Assert.Equal(new Domain.SourceSpan(2, 6), normalized.ToOriginal(2, 6));
    }

    [Fact]
    public void Every_normalised_character_comes_from_its_mapped_original()
    {
        var original = File.ReadAllText(Path.Combine(RepoRoot.Seeds, "001_c5dfafe5038b3ec3.txt"));
        var normalized = TextNormalizer.Normalize(original);
        for (var i = 0; i < normalized.Text.Length; i++)
        {
            var source = original[normalized.OriginalIndex(i)];
            var folded = TextNormalizer.Normalize(source.ToString()).Text;
            Assert.True(folded == normalized.Text[i].ToString(), $"char {i}: '{normalized.Text[i]}' maps to '{source}'");
        }

        Assert.True(normalized.Text.Length < original.Length, "broken lines in the seed were joined");
    }

    public static TheoryData<int> FormatCharacters()
    {
        var data = new TheoryData<int>();
        for (var c = 0; c <= 0x10FFFF; c++)
        {
            if (c is < 0xD800 or > 0xDFFF && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                data.Add(c);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatCharacters))]
    public void A_format_character_inside_a_figure_is_dropped_and_the_span_covers_it(int formatCharacter)
    {
        var original = $"累计投资5{char.ConvertFromUtf32(formatCharacter)}0亿美元。";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("累计投资50亿美元。", normalized.Text);
        var span = normalized.ToOriginal(4, 9);
        Assert.Equal(original[4..^1], original[span.Start..span.End]);
    }

    [Fact]
    public void There_are_format_characters_to_test()
    {
        Assert.True(FormatCharacters().Count > 150);
    }

    [Theory]
    [InlineData("共建\u00ADnations reached 1\u00A0000 projects", "共建nations reached 1000 projects")]
    [InlineData("\u202B投资\u202C 50\u200E亿美元", "投资 50亿美元")]
    [InlineData("2023\u00A0500 companies and 1\u202F234\u00A0567 jobs", "2023 500 companies and 1234567 jobs")]
    [InlineData("约7.4\u00A0万列", "约7.4 万列")]
    [InlineData("投资5萬(wàn)億(yi4)美元，中国(China)", "投资5萬億美元，中国(China)")]
    [InlineData("三百（bǎi）亿", "三百亿")]
    [InlineData("合作(hezuo)与(and)", "合作(hezuo)与(and)")]
    public void Web_copy_debris_is_removed_and_every_kept_character_maps_to_itself(string escaped, string expected)
    {
        var original = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal(expected, normalized.Text);
        for (var i = 0; i < normalized.Text.Length; i++)
        {
            var source = original[normalized.OriginalIndex(i)];
            Assert.True(source == normalized.Text[i] || (source is '\u00A0' or '\u202F' && normalized.Text[i] == ' '), $"char {i}: '{normalized.Text[i]}' maps to '{source}'");
        }
    }

    [Fact]
    public void A_zero_width_space_inside_a_figure_publishes_the_whole_figure()
    {
        var facts = Documents.Facts("截至2023年底，累计投资5\u200b0亿美元。");

        var fact = Assert.Single(facts);
        Assert.Equal(5_000_000_000m, fact.Value);
    }
}
