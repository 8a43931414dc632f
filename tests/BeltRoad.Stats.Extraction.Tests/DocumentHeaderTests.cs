using BeltRoad.Stats.Extraction.Loading;

namespace BeltRoad.Stats.Extraction.Tests;

public class DocumentHeaderTests
{
    // The header is the first twelve non-blank lines, trimmed (blank lines and a CRLF's \r do not count).
    [Theory]
    [InlineData(11, true)]
    [InlineData(12, false)]
    public void Reads_a_date_only_within_the_first_twelve_non_blank_lines(int linesBefore, bool found)
    {
        var text = string.Concat(Enumerable.Range(1, linesBefore).Select(i => $"第{i}行正文内容\r\n\r\n")) + "  2023年5月18日 \r\n正文";

        Assert.Equal(found, DocumentHeader.Date(text) is not null);
    }

    [Theory]
    [InlineData("\n\n  # 共建一带一路十周年 \r\n2023年10月\n正文", "共建一带一路十周年")]
    [InlineData("2023年10月\n\n标题在日期之后\n", "标题在日期之后")]
    [InlineData("", "备用")]
    [InlineData("\n \n\t\n", "备用")]
    public void Takes_the_first_non_blank_line_that_is_no_date_as_the_title(string text, string title) =>
        Assert.Equal(title, DocumentHeader.Title(text, "备用"));
}
