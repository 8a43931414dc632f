using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Normalizing;

/// <summary>
/// A cleaned copy of a document with a map back to the original: <c>Original[i]</c> is the index in the
/// original text of normalised character <c>i</c> (one extra entry maps the end). Every span handed to
/// the fact table goes through <see cref="ToOriginal(int, int)"/>. The map may run longer than that (the normaliser
/// hands over its working array rather than a copy of the part in use); entries past the end are never read.
/// </summary>
internal sealed class NormalizedText
{
    private readonly int[] _original;

    internal NormalizedText(string text, int[] original, int originalLength)
    {
        if (original.Length < text.Length + 1)
        {
            throw new ArgumentException("The offset map needs one entry per character plus the end.", nameof(original));
        }

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
            ? new SourceSpan(_original[Within(start)], _original[start])
            : new SourceSpan(_original[Within(start)], _original[Within(end - 1)] + 1);

    // An index past the text fails as it would on an exact map, not with a stale entry of the longer one.
    private int Within(int normalizedIndex) =>
        normalizedIndex <= Text.Length ? normalizedIndex : throw new ArgumentOutOfRangeException(nameof(normalizedIndex));

    public static NormalizedText Identity(string text) =>
        new(text, Enumerable.Range(0, text.Length + 1).ToArray(), text.Length);
}
