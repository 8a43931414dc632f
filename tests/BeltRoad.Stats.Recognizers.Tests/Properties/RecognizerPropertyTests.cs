using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace BeltRoad.Stats.Recognizers.Tests.Properties;

/// <summary>
/// For arbitrary text — CJK, digits, scale words, units, punctuation, surrogate pairs, lone surrogates, control
/// characters, long lines — recognition never throws, every mention's text is the input at its span, and the
/// spans are ordered and do not overlap.
/// </summary>
public sealed class RecognizerPropertyTests
{
    private static readonly string[] Fragments =
    [
        "1", "7.4", "2013", "1,152", "０", "７．４", "％", "%", "-", "—", "～", "/", "+", ".", ",", "，", "。", "、", "（", "）", "(", ")",
        "《", "》", "“", "”", "一", "两", "十", "百", "千", "万", "亿", "萬", "億", "兆", "零", "点", "多", "余", "几", "数", "分之", "又", "成", "折",
        "第", "届", "个", "國家", "国家", "项目", "列", "标箱", "吨", "公里", "时速", "人次", "名", "家", "份", "美元", "元", "人民币", "US$", "$",
        "约", "近", "超过", "逾", "以上", "左右", "截至", "到", "年", "月", "底", "日", "以来", "年来", "周年", "个百分点", "百分之", "一带一路",
        "K", "G", "k", "M", "e", "^", " ", "  ", "\u3000", "\n", "\r\n", "\t", "\u0000", "\u001f", "\u202f", "😀", "𠀀", "\ud800", "\udc00",
        "one", "hundred", "and", "a", "half", "thirds", "million", "percent", "over", "about", "point", "first", "June", "as of", "end-",
        "trips", "passenger", "members", "to", "up from", "the figure", "of them", "the", "|", "Sh", "cents", "drop", "mark", "up", "as", "three",
    ];

    private static readonly RecognizerCulture[] Cultures = [RecognizerCulture.ZhHans, RecognizerCulture.ZhHant, RecognizerCulture.En];

    [Fact]
    public void Arbitrary_text_never_throws_and_spans_are_exact_ordered_and_disjoint()
    {
        var fragment = Gen.Frequency(
            (6, Gen.Elements(Fragments)),
            (1, Gen.Choose(0, char.MaxValue).Select(c => ((char)c).ToString())));
        var text = Gen.ListOf(fragment).Select(parts => string.Concat(parts));
        var property = Prop.ForAll(Arb.From(text), input => Cultures.All(culture => Holds(culture, input)));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), property);
    }

    [Fact]
    public void Long_lines_of_100_KB_keep_the_invariants()
    {
        var random = new Random(20231018);
        for (var round = 0; round < 3; round++)
        {
            var builder = new StringBuilder();
            while (builder.Length < 100_000)
            {
                builder.Append(random.Next(8) == 0 ? ((char)random.Next(char.MaxValue)).ToString() : Fragments[random.Next(Fragments.Length)]);
            }

            var line = builder.ToString().Replace("\n", " ", StringComparison.Ordinal);
            foreach (var culture in Cultures)
            {
                Assert.True(Holds(culture, line));
            }
        }
    }

    /// <summary>
    /// Linear time without a clock (speed itself is measured by RecognizerBenchmarks): the scanner's step meter must
    /// stay within a fixed number of steps per character, and doubling the input must at most double the steps.
    /// </summary>
    [Theory]
    [InlineData("digits", "1")]
    [InlineData("wan", "万")]
    [InlineData("one-wan", "1万")]
    [InlineData("spaced", "一 ")]
    [InlineData("liang", "两")]
    [InlineData("spaces-then-digit", "          1")]
    [InlineData("percent", "1%")]
    [InlineData("words", "one ")]
    [InlineData("hyphen-words", "twenty-")]
    [InlineData("year-and", "2013 and ")]
    [InlineData("ge", "5个")]
    [InlineData("label-break", "八项\n")]
    [InlineData("noun-behind", "to 5 ")]
    [InlineData("noun-behind-subject", "trains rose to 5 ")]
    [InlineData("table-cells", "| 1 ")]
    [InlineData("table-rows", "| 1 |\n")]
    [InlineData("glued", "asthree ")]
    [InlineData("share", "half of ")]
    [InlineData("context", "passenger 5 trips ")]
    public void A_megabyte_of_one_repeated_form_is_read_in_linear_steps(string name, string unit)
    {
        foreach (var culture in Cultures)
        {
            var half = Steps(culture, unit, 500_000);
            var full = Steps(culture, unit, 1_000_000);
            Assert.True(full <= StepsPerCharacter * 1_000_000, $"{name} {culture}: {full} steps for 1 MB");
            Assert.True(full <= (2 * half) + 10_000, $"{name} {culture}: {half} steps for 0.5 MB but {full} for 1 MB");
        }
    }

    [Fact]
    public void The_step_meter_counts_what_the_scanner_reads()
    {
        var steps = Steps(RecognizerCulture.ZhHans, "超过7.4万列，", 1_000_000);
        Assert.True(steps >= 1_000_000, $"{steps} steps for 1 MB of figures");
    }

    private const int StepsPerCharacter = 40;

    private static long Steps(RecognizerCulture culture, string unit, int characters)
    {
        var text = string.Concat(Enumerable.Repeat(unit, characters / unit.Length));
        ScanMeter.Reset();
        Assert.True(Holds(culture, text));
        return ScanMeter.Steps;
    }

    private static bool Holds(RecognizerCulture culture, string input)
    {
        var mentions = NumberRecognizer.For(culture).Recognize(input);
        var previousEnd = 0;
        foreach (var m in mentions)
        {
            if (m.Length <= 0 || m.Start < previousEnd || m.End > input.Length || m.Text != input.Substring(m.Start, m.Length)
                || m.NumberStart < m.Start || m.NumberStart + m.NumberLength > m.End)
            {
                throw new InvalidOperationException($"{culture}: bad mention {m} in {Escape(input)}");
            }

            previousEnd = m.End;
        }

        return true;
    }

    private static string Escape(string s) =>
        s.Length > 300 ? $"<{s.Length} chars>" : string.Concat(s.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
