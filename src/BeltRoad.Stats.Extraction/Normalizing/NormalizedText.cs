using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Normalizing;

/// <summary>
/// A cleaned copy of a document with a map back to the original: <see cref="OriginalIndex"/> of <c>i</c> is the index
/// in the original text of normalised character <c>i</c> (one extra entry maps the end). Every span handed to
/// the fact table goes through <see cref="ToOriginal(int, int)"/>.
/// </summary>
internal sealed class NormalizedText
{
    private readonly OffsetMap _original;

    internal NormalizedText(string text, OffsetMap original, int originalLength)
    {
        Text = text;
        _original = original;
        OriginalLength = originalLength;
    }

    public string Text { get; }

    public int OriginalLength { get; }

    public int OriginalIndex(int normalizedIndex) => _original[Within(normalizedIndex)];

    /// <summary>The original span covering normalised characters [start, end): from the first one's place to just after the last one's.</summary>
    public SourceSpan ToOriginal(int start, int end) =>
        end <= start
            ? new SourceSpan(_original[Within(start)], _original[Within(start)])
            : new SourceSpan(_original[Within(start)], _original[Within(end - 1)] + 1);

    // The runs answer any index: one outside the text (and its end) fails as it would on a map of one entry each.
    private int Within(int normalizedIndex) =>
        normalizedIndex >= 0 && normalizedIndex <= Text.Length ? normalizedIndex : throw new ArgumentOutOfRangeException(nameof(normalizedIndex));

    public static NormalizedText Identity(string text) => new(text, new OffsetMap(), text.Length);
}
