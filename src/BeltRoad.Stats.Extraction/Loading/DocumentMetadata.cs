using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>What a file or its sidecar says about the document; null where it says nothing.</summary>
internal sealed record DocumentMetadata(
    string? Title = null,
    string? Author = null,
    string? Publisher = null,
    string? Url = null,
    PeriodPoint? Date = null,
    DocumentLanguage? Language = null)
{
    public static DocumentMetadata None { get; } = new();

    /// <summary>The longest a title may be: a line, not a megabyte (a longer one is cut, with a warning).</summary>
    public const int MaxTitle = 300;

    /// <summary>The longest an author's or publisher's name may be.</summary>
    public const int MaxName = 200;

    /// <summary>The longest an address may be (browsers and servers stop near 2,000 characters).</summary>
    public const int MaxUrl = 2048;

    /// <summary>This metadata where it states a field, <paramref name="under"/> where it does not.</summary>
    public DocumentMetadata Over(DocumentMetadata under) => new(
        Title ?? under.Title,
        Author ?? under.Author,
        Publisher ?? under.Publisher,
        Url ?? under.Url,
        Date ?? under.Date,
        Language ?? under.Language);

    /// <summary>Blank or whitespace-only values count as unstated; the rest is trimmed.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
