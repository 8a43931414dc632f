using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// The verbatim text a reader sees beside a figure: its clause in the original document, never crossing a
/// line break (PDF line breaks inside sentences stay where they were), at most <see cref="MaxLength"/> characters.
/// The quote never reaches further than <see cref="MaxLength"/> from the figure, so line breaks are looked for only
/// that far: the work per figure is bounded however long the line (a 100 MB one-line document stays linear).
/// </summary>
internal static class QuoteBuilder
{
    public const int MaxLength = 80;
    private const int MinLength = 10;
    private const int Widen = 8;

    [ThreadStatic]
    private static long steps;

    /// <summary>Characters looked at on this thread since <see cref="ResetSteps"/>: the linearity tests' deterministic meter.</summary>
    internal static long Steps => steps;

    internal static void ResetSteps() => steps = 0;

    public static string Build(string original, SourceSpan clause, SourceSpan figure)
    {
        var start = Math.Min(clause.Start, figure.Start);
        var end = Math.Max(clause.End, figure.End);

        // Stay on the figure's own line; a break further away than the quote can reach changes nothing.
        var lineStart = LineStart(original, figure.Start);
        var lineEnd = LineEnd(original, figure.Start, figure.End);
        start = Math.Max(start, lineStart);
        end = Math.Min(end, lineEnd);

        // A short clause says too little: widen within the line.
        if (end - start < MinLength)
        {
            start = Math.Max(lineStart, Math.Min(start, figure.Start - Widen));
            end = Math.Min(lineEnd, Math.Max(end, figure.End + Widen));
        }

        if (end - start > MaxLength)
        {
            var half = (MaxLength - figure.Length) / 2;
            start = Math.Max(start, figure.Start - Math.Max(half, 0));
            end = Math.Min(end, start + MaxLength);
        }

        // Never cut a surrogate pair in half: the quote must stay a substring that survives JSON.
        if (start > 0 && char.IsLowSurrogate(original[start]))
        {
            start--;
        }

        if (end < original.Length && end > 0 && char.IsHighSurrogate(original[end - 1]))
        {
            end++;
        }

        return original[start..end].Trim();
    }

    // The start of the figure's line, or a point before which the quote cannot start anyway.
    private static int LineStart(string original, int figureStart)
    {
        var from = Math.Max(0, figureStart - MaxLength - Widen);
        var length = Math.Max(0, figureStart - 1 - from + 1);
        steps += length;
        var at = length == 0 ? -1 : original.LastIndexOf('\n', from + length - 1, length);
        return at >= 0 ? at + 1 : from;
    }

    // The end of the figure's line, or a point after which the quote cannot end anyway.
    private static int LineEnd(string original, int figureStart, int figureEnd)
    {
        var to = Math.Min(original.Length, Math.Max(figureStart, figureEnd) + MaxLength + Widen);
        steps += to - figureStart;
        var at = original.IndexOf('\n', figureStart, to - figureStart);
        return at >= 0 ? at : to;
    }
}
