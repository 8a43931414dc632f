using System.Text;

namespace BeltRoad.Stats.Charts;

/// <summary>Character classes that matter for measuring and line breaking of Chinese and English labels.</summary>
internal static class CharClasses
{
    // Line may not start with these (Chinese 避头 punctuation and Latin closers).
    private const string Closing = "，。、；：！？）」』】》〉”’,.;:!?)]}%…·";

    // Line may not end with these.
    private const string Opening = "（「『【《〈“‘([{";

    // Scale and counter characters stay with the number before them: 1.7万, 3500亿, 2023年, 150个.
    private const string NumberSuffixes = "万亿千百十%年月日号个多余";

    /// <summary>East Asian wide and full-width: CJK ideographs, kana, hangul, CJK punctuation, full-width forms.</summary>
    public static bool IsWide(Rune rune)
    {
        var v = rune.Value;
        return v is (>= 0x1100 and <= 0x115F)
            or (>= 0x2E80 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x20000 and <= 0x3FFFD)
            || v is 0x201C or 0x201D or 0x2018 or 0x2019 or 0x2026;
    }

    public static bool IsClosing(Rune rune) => rune.IsBmp && Closing.Contains((char)rune.Value, StringComparison.Ordinal);

    public static bool IsOpening(Rune rune) => rune.IsBmp && Opening.Contains((char)rune.Value, StringComparison.Ordinal);

    public static bool IsNumberSuffix(Rune rune) => rune.IsBmp && NumberSuffixes.Contains((char)rune.Value, StringComparison.Ordinal);

    public static bool IsDigitLike(Rune rune) => Rune.IsDigit(rune) || rune.Value is '.' or ',';
}
