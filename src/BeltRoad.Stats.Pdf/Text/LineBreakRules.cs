using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Pdf.Text;

/// <summary>
/// The data behind line breaking in mixed Chinese/Latin text (after GB/T 15834 and the W3C
/// "Requirements for Chinese Text Layout"): which characters may not start or end a line, and
/// which number-with-unit spans stay whole. Change the tables, not the algorithm.
/// </summary>
internal static partial class LineBreakRules
{
    /// <summary>Closing punctuation: never at the start of a line.</summary>
    public const string NoLineStart = "，。、；：？！）」》』】〕〉”’…—％‰・·.,;:?!)]}%";

    /// <summary>Opening punctuation: never at the end of a line.</summary>
    public const string NoLineEnd = "（「《『【〔〈“‘([{";

    /// <summary>Characters that stay joined when doubled, e.g. 「——」 and 「……」.</summary>
    public const string JoinedWhenDoubled = "—…";

    /// <summary>Units written straight after a number; a number and its units are one unbreakable span.</summary>
    public static readonly string[] Units =
    [
        "万亿", "万", "亿", "千", "百", "兆",
        "美元", "人民币", "欧元", "日元", "港元", "卢布", "元",
        "平方公里", "公里", "千米", "公顷", "吨", "立方米", "米",
        "个百分点", "百分点", "个", "家", "项", "座", "条", "倍", "列", "次", "人", "国",
        "年", "月", "日", "天", "小时",
        "%", "％", "‰", "km", "kg",
    ];

    /// <summary>Signs that join two numbers into a range, e.g. 「2.8%—9.7%」.</summary>
    public const string RangeMarks = "—–~～-";

    private static readonly Regex NumberWithUnit = BuildNumberPattern();

    /// <summary>Spans (start, end exclusive) inside which no break may fall.</summary>
    public static IEnumerable<(int Start, int End)> ProtectedSpans(string text)
    {
        foreach (Match m in NumberWithUnit.Matches(text))
        {
            yield return (m.Index, m.Index + m.Length);
        }
    }

    /// <summary>Ideographs, kana, CJK and full-width punctuation, and the dashes and ellipsis Chinese uses: a break may fall beside them.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFFEF' or '\u2014' or '\u2026' or '\u201C' or '\u201D' or '\u2018' or '\u2019'
            || char.IsSurrogate(c);

    private static Regex BuildNumberPattern()
    {
        var units = "(?:" + string.Join("|", Units.OrderByDescending(u => u.Length).Select(Regex.Escape)) + ")*";
        const string number = @"\d+(?:[.,]\d+)*";
        var range = "[" + Regex.Escape(RangeMarks) + "]{1,2}";
        var pattern = $@"(?:(?<![\p{{L}}\p{{N}}])[+\-−])?{number}{units}(?:{range}[+\-−]?{number}{units})?";
        return new Regex(pattern, RegexOptions.CultureInvariant);
    }
}
