namespace BeltRoad.Stats.Extraction.Text;

/// <summary>Whether text holds Han script (the CJK Unified Ideographs block): a Chinese label, line or word rather than an English one. The one definition of a Han character.</summary>
internal static class HanText
{
    public static bool Any(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0;

    /// <summary>Whether the character is a Han one (the CJK Unified Ideographs block).</summary>
    public static bool Is(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>How many Han characters the text holds.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (Is(c))
            {
                count++;
            }
        }

        return count;
    }
}
