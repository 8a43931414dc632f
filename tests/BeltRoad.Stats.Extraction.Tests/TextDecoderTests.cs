using System.Text;
using BeltRoad.Stats.Extraction.Loading;

namespace BeltRoad.Stats.Extraction.Tests;

public class TextDecoderTests
{
    private const string Simplified = "截至2023年6月底，中欧班列累计开行7.4万列，通达欧洲25个国家的200多个城市。";
    private const string Traditional = "中國進出口銀行將各設立3500億元人民幣融資窗口，絲路基金新增資金800億元人民幣。";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Reads_utf8_with_and_without_bom()
    {
        var bytes = Encoding.UTF8.GetBytes(Simplified);
        Assert.Equal(Simplified, TextDecoder.Decode(bytes).Text);
        Assert.Equal(Simplified, TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. bytes]).Text);
    }

    [Fact]
    public void Reads_utf16_with_bom_in_both_byte_orders()
    {
        Assert.Equal(Simplified, TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Simplified)]).Text);
        Assert.Equal(Simplified, TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Simplified)]).Text);
    }

    [Fact]
    public void Tells_gbk_from_big5_by_the_text_that_results()
    {
        var gbk = TextDecoder.Decode(Encoding.GetEncoding("gb18030").GetBytes(Simplified));
        Assert.Equal(("gb18030", Simplified), (gbk.EncodingName, gbk.Text));

        var big5 = TextDecoder.Decode(Encoding.GetEncoding("big5").GetBytes(Traditional));
        Assert.Equal(("big5", Traditional), (big5.EncodingName, big5.Text));
    }

    [Fact]
    public void Rejects_binary_content_with_a_reason()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        var e = Assert.Throws<DecodeFailure>(() => TextDecoder.Decode(png));
        Assert.Contains("binary", e.Message);
    }

    // A few stray control bytes (PDF debris) are text; more than 8 and over one byte in 20 is binary. Tab, line feed,
    // carriage return, form feed and escape are never counted.
    [Theory]
    [InlineData(8, 0x01, 10, false)]
    [InlineData(9, 0x01, 10, true)]
    [InlineData(9, 0x1F, 1000, false)] // 9 in 1,009 bytes: under one in 20
    [InlineData(60, 0x0B, 1000, true)]
    [InlineData(500, (int)'\t', 10, false)]
    [InlineData(500, 0x0C, 10, false)]
    [InlineData(500, 0x1B, 10, false)]
    [InlineData(500, (int)'\r', 10, false)]
    public void Counts_stray_control_bytes_to_tell_binary_from_text(int controls, int control, int letters, bool binary)
    {
        var bytes = Enumerable.Range(0, controls + letters).Select(i => i % (letters + controls) < controls ? (byte)control : (byte)'a').ToArray();
        var decoded = Record.Exception(() => TextDecoder.Decode(bytes));
        Assert.Equal(binary, decoded is DecodeFailure f && f.Message.Contains("binary", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_bom_that_lies()
    {
        Assert.Throws<DecodeFailure>(() => TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0xC3, 0x28]));
    }

    [Theory]
    [InlineData("Trade reached US$2.9 trillion in 2022.\n", "utf-16le", false)]
    [InlineData("Trade reached US$2.9 trillion in 2022.\n", "utf-16be", true)]
    [InlineData(Simplified, "utf-16le", false)]
    [InlineData(Simplified, "utf-16be", true)]
    [InlineData(Traditional, "utf-16le", false)]
    [InlineData("中国与共建国家签署合作文件，推动设施联通和贸易畅通。", "utf-16le", false)]
    [InlineData("中國進出口銀行設立融資窗口，支持基礎設施建設。", "utf-16be", true)]
    [InlineData("截至2023年6月底，累计开行7.4万列。Trains ran 74,000 times.", "utf-16le", false)]
    public void Reads_utf16_without_a_bom(string text, string encoding, bool bigEndian)
    {
        var decoded = TextDecoder.Decode(new UnicodeEncoding(bigEndian, false).GetBytes(text));

        Assert.Equal((encoding, text), (decoded.EncodingName, decoded.Text));
    }

    [Fact]
    public void Legacy_chinese_is_not_taken_for_utf16()
    {
        var gbk = Encoding.GetEncoding("gb18030").GetBytes(Simplified);
        gbk = gbk.Length % 2 == 0 ? gbk : [.. gbk, (byte)'\n'];
        Assert.Equal("gb18030", TextDecoder.Decode(gbk).EncodingName);
    }
}
