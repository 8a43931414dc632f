namespace BeltRoad.Stats.Extraction.Text;

/// <summary>Whether text holds Han script (the CJK Unified Ideographs block): a Chinese label, line or word rather than an English one.</summary>
internal static class HanText
{
    public static bool Any(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0;
}
