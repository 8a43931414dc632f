using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// The verbatim text a reader sees beside a figure: its clause in the original document, never crossing a
/// line break (PDF line breaks inside sentences stay where they were), at most <see cref="MaxLength"/> characters.
/// </summary>
internal static class QuoteBuilder
{
    public const int MaxLength = 80;
    private const int MinLength = 10;

    public static string Build(string original, SourceSpan clause, SourceSpan figure)
    {
        var start = Math.Min(clause.Start, figure.Start);
        var end = Math.Max(clause.End, figure.End);

        // Stay on the figure's own line.
        var lineStart = original.LastIndexOf('\n', Math.Max(0, figure.Start - 1)) + 1;
        var lineEnd = original.IndexOf('\n', figure.Start);
        start = Math.Max(start, lineStart);
        end = Math.Min(end, lineEnd < 0 ? original.Length : lineEnd);

        // A short clause says too little: widen within the line.
        if (end - start < MinLength)
        {
            start = Math.Max(lineStart, Math.Min(start, figure.Start - 8));
            end = Math.Min(lineEnd < 0 ? original.Length : lineEnd, Math.Max(end, figure.End + 8));
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
}
