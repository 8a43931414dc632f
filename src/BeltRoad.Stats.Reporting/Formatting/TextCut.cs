namespace BeltRoad.Stats.Reporting.Formatting;

/// <summary>Shortens text for table cells and labels without splitting a surrogate pair (CJK Extension B characters).</summary>
internal static class TextCut
{
    public static string Cut(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var end = maxChars - 1;
        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end] + "…";
    }
}
