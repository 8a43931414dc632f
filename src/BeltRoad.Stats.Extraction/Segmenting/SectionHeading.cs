namespace BeltRoad.Stats.Extraction.Segmenting;

/// <summary>
/// Recognises heading lines and their depth: 「一、」 outranks 「（一）」, which outranks 「专栏 1」 and 「1.」.
/// Markdown '#' marks a heading too, but PDF conversions get its count wrong, so the marker decides the depth.
/// </summary>
internal static class SectionHeading
{
    private const int MaxHeadingLength = 40;
    private const string ChineseDigits = "〇一二三四五六七八九十百";

    /// <summary>What opens a box heading (专栏 1 …), in both scripts.</summary>
    public static IReadOnlyList<string> BoxMarkers { get; } = ["专栏", "專欄"];

    /// <summary>Depth of a heading line (0 = top), or null for body text.</summary>
    public static int? Rank(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        var markdown = trimmed.StartsWith("#");
        trimmed = trimmed.TrimStart('#').Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxHeadingLength || trimmed.IndexOfAny("。！？；") >= 0)
        {
            return null;
        }

        if (MarkerRank(trimmed) is { } rank)
        {
            return rank;
        }

        // An unnumbered markdown heading (前言, 结束语) is a top-level section.
        return markdown ? 0 : null;
    }

    /// <summary>The depth implied by a numbering marker at the start of the text, if there is one.</summary>
    public static int? MarkerRank(ReadOnlySpan<char> text)
    {
        var n = CountWhile(text, ChineseDigits);
        if (n > 0 && n < text.Length && text[n] is '、' or '，')
        {
            return 1;
        }

        if (text.Length > 2 && text[0] is '（' or '(')
        {
            var inner = CountWhile(text[1..], ChineseDigits);
            if (inner > 0 && inner + 1 < text.Length && text[inner + 1] is '）' or ')')
            {
                return 2;
            }
        }

        foreach (var marker in BoxMarkers)
        {
            if (text.StartsWith(marker, StringComparison.Ordinal))
            {
                return 3;
            }
        }

        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 3 && digits + 1 < text.Length && text[digits] is '.' or '、' && !char.IsAsciiDigit(text[digits + 1]) ? 3 : null;
    }

    /// <summary>
    /// Whether a line opens with a numbering marker: one <see cref="MarkerRank"/> reads, or a Roman numeral with its full
    /// stop as English releases number their sections ("I. Outward investment …", "IV. Contracted projects").
    /// </summary>
    public static bool NumberedLine(ReadOnlySpan<char> line)
    {
        if (MarkerRank(line) is not null)
        {
            return true;
        }

        var roman = CountWhile(line, RomanDigits);
        return roman is > 0 and <= MaxRomanDigits && roman + 1 < line.Length && line[roman] == '.' && line[roman + 1] == ' ';
    }

    private const string RomanDigits = "IVX";
    private const int MaxRomanDigits = 4;

    private static int CountWhile(ReadOnlySpan<char> text, string chars)
    {
        var n = 0;
        while (n < text.Length && chars.Contains(text[n]))
        {
            n++;
        }

        return n;
    }
}
