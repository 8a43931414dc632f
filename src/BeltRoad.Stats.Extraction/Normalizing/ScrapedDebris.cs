using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Extraction.Normalizing;

/// <summary>
/// What copying from web pages leaves in a text that no reader sees but a recognizer would trip on: format characters
/// (zero-width spaces, soft hyphens, bidi controls, every Unicode Cf character: 「5\u200b0亿」 would read as 5 and 0),
/// non-breaking spaces grouping thousands (「1\u00a0000」), and dictionary pinyin after a character (「萬(wàn)」).
/// Each rule says how many characters to drop at a position; the normaliser's offset map skips them.
/// </summary>
internal static partial class ScrapedDebris
{
    private const string CjkNumerals = "〇零一二三四五六七八九十百千万萬亿億两兩";

    /// <summary>How many characters starting at <paramref name="i"/> are debris to drop (0 when none).</summary>
    public static int DropAt(string s, int i)
    {
        // Most characters are Han letters, ASCII letters or digits: none of them is a format character, a space or a bracket.
        if (s[i] is >= '\u4E00' and <= '\u9FFF' || char.IsAsciiLetterOrDigit(s[i]))
        {
            return 0;
        }

        if (CharUnicodeInfo.GetUnicodeCategory(s, i) == UnicodeCategory.Format)
        {
            return char.IsHighSurrogate(s[i]) && i + 1 < s.Length ? 2 : 1;
        }

        if (IsNoBreakSpace(s[i]) && GroupsThousands(s, i))
        {
            return 1;
        }

        return s[i] is '(' or '（' && i > 0 && IsHan(s[i - 1]) ? PinyinLength(s, i) : 0;
    }

    private static readonly (int MaxLength, SearchValues<string> Words) Navigation = LoadNavigation();

    /// <summary>
    /// Where the line starting at <paramref name="start"/> ends when it is a navigation or advertising line a web copy
    /// injected (「【点击查看更多精彩内容】」: Resources/scraped-lines.json); 0 when it is text.
    /// </summary>
    public static int NavigationLineEnd(string s, int start)
    {
        var end = s.IndexOf('\n', start);
        end = end < 0 ? s.Length : end;
        var line = s.AsSpan(start, end - start).Trim();
        if (line.IsEmpty || line.Length > Navigation.MaxLength)
        {
            return 0;
        }

        return line.ContainsAny(Navigation.Words) ? end : 0;
    }

    // One multi-word search (case-insensitive) instead of one scan of the line per word.
    private static (int, SearchValues<string>) LoadNavigation()
    {
        using var json = EmbeddedJson.Open("scraped-lines.json");
        var root = json.RootElement;
        string[] words = [.. root.GetProperty("navigation").EnumerateArray().Select(x => x.GetString()!)];
        return (root.GetProperty("max_length").GetInt32(), SearchValues.Create(words, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Spaces that must not break a line; a lone one between words reads as a plain space.</summary>
    public static bool IsNoBreakSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007';

    // 「1 000 000」: one to three digits before, exactly three after (and no further digit).
    private static bool GroupsThousands(string s, int i)
    {
        var before = 0;
        while (i - before - 1 >= 0 && char.IsAsciiDigit(s[i - before - 1]))
        {
            before++;
        }

        var after = 0;
        while (i + after + 1 < s.Length && after < 4 && char.IsAsciiDigit(s[i + after + 1]))
        {
            after++;
        }

        return before is >= 1 and <= 3 && after == 3;
    }

    // 「(wàn)」「（yi4）」 after a Han character: one lower-case pinyin syllable, tone marked or numbered.
    private static int PinyinLength(string s, int open)
    {
        var close = s.IndexOf(s[open] == '(' ? ')' : '）', open + 1, Math.Min(9, s.Length - open - 1));
        return close > open + 1 && Syllable().IsMatch(ToneLess(s.AsSpan(open + 1, close - open - 1))) ? close - open + 1 : 0;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' || CjkNumerals.Contains(c, StringComparison.Ordinal);

    private static string ToneLess(ReadOnlySpan<char> syllable)
    {
        Span<char> plain = stackalloc char[syllable.Length];
        for (var k = 0; k < syllable.Length; k++)
        {
            plain[k] = syllable[k] switch
            {
                'ā' or 'á' or 'ǎ' or 'à' => 'a',
                'ē' or 'é' or 'ě' or 'è' => 'e',
                'ī' or 'í' or 'ǐ' or 'ì' => 'i',
                'ō' or 'ó' or 'ǒ' or 'ò' => 'o',
                'ū' or 'ú' or 'ǔ' or 'ù' => 'u',
                'ǖ' or 'ǘ' or 'ǚ' or 'ǜ' or 'ü' => 'v',
                var c => c,
            };
        }

        return plain.ToString();
    }

    [GeneratedRegex("^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|er|a|o|e|i|u|v)[1-5]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Syllable();
}
