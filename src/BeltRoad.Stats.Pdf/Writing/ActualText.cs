namespace BeltRoad.Stats.Pdf.Writing;

/// <summary>
/// When to state a run's text explicitly (/ActualText, PDF 1.7 §14.9.4). Text extractors rebuild
/// spaces from glyph gaps; poppler reads evenly spaced single characters — 「第 2 页 / 共 7 页」 —
/// as letter-spacing and drops every space. For such runs the text is given outright.
/// </summary>
internal static class ActualText
{
    public static bool IsNeededFor(string text)
    {
        if (!text.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= 2 && tokens.All(t => t.EnumerateRunes().Count() == 1);
    }
}
