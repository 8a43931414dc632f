using System.Buffers;
using System.Text.Json;

namespace BeltRoad.Stats.Extraction.Loading.Header;

/// <summary>The words that tell a document's header lines apart (Resources/header-lines.json), read once.</summary>
internal sealed class HeaderWords
{
    private HeaderWords(JsonElement root)
    {
        string[] List(string name) => [.. root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

        Separators = List("navigation_separators");
        MaxNavigationPart = root.GetProperty("max_navigation_part").GetInt32();
        NavigationWords = [.. List("navigation_words").OrderByDescending(w => w.Length)];
        Stamp = SearchValues.Create(List("stamp_words"), StringComparison.OrdinalIgnoreCase);
        Chrome = SearchValues.Create(List("chrome_words"), StringComparison.OrdinalIgnoreCase);
        LinkBar = SearchValues.Create(List("link_bar_words"), StringComparison.Ordinal);
        BylineStarts = List("byline_starts");
        DatedBylines = List("dated_bylines");
        SourcePrefixes = List("source_prefixes");
        Agencies = List("agencies");
        OfficeSuffixes = List("office_suffixes");
        TitleDayOpeners = List("title_day_openers");
        Weekdays = [.. List("stamp_weekdays").OrderByDescending(w => w.Length)];
    }

    /// <summary>A weekday written right after a day on a print page's line (「（星期三）」, 「周一」), longest first.</summary>
    public IReadOnlyList<string> Weekdays { get; }

    public static HeaderWords Default { get; } = Load();

    public IReadOnlyList<string> Separators { get; }

    /// <summary>The longest part of a breadcrumb: a section name, not a headline split by a stray bar.</summary>
    public int MaxNavigationPart { get; }

    /// <summary>A site's menu and language links, longest first ('Home', '日本語').</summary>
    public IReadOnlyList<string> NavigationWords { get; }

    public SearchValues<string> Stamp { get; }

    public SearchValues<string> Chrome { get; }

    /// <summary>"Download", "(PDF)": a word that makes a breadcrumb-shaped line a bar of links under a headline.</summary>
    public SearchValues<string> LinkBar { get; }

    public IReadOnlyList<string> BylineStarts { get; }

    /// <summary>Bylines whose day is the page's publication date ('By Staff - December 18, 2020').</summary>
    public IReadOnlyList<string> DatedBylines { get; }

    public IReadOnlyList<string> SourcePrefixes { get; }

    public IReadOnlyList<string> Agencies { get; }

    /// <summary>「处」「办公室」: a named source ending so is an office of the page's site, not a publisher of its own.</summary>
    public IReadOnlyList<string> OfficeSuffixes { get; }

    /// <summary>What stands right before a day that ends a title and dates the document ('(', 'on ').</summary>
    public IReadOnlyList<string> TitleDayOpeners { get; }

    private static HeaderWords Load()
    {
        using var json = EmbeddedJson.Open("header-lines.json");
        return new(json.RootElement);
    }
}
