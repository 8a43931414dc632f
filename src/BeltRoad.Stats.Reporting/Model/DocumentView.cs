using System.Globalization;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>A source document as the report cites it: [n] plus its details.</summary>
internal sealed record DocumentView(DocumentInfo Info, int Number, int FactCount)
{
    public string Ref => "[" + Number.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>HTML id and PDF destination of the document's entry in the sources section.</summary>
    public string Anchor => "doc-" + Number.ToString(CultureInfo.InvariantCulture);

    public string Title => string.IsNullOrWhiteSpace(Info.Title) ? Info.Name : Info.Title.Trim();

    /// <summary>Whether the document states a title (the loader falls back to the file name when it does not).</summary>
    public bool HasTitle => !string.IsNullOrWhiteSpace(Info.Title) && Info.Title.Trim() != Path.GetFileNameWithoutExtension(Info.Name);

    public string ShortTitle => Formatting.TextCut.Cut(Title, 24);

    /// <summary>Who published it and where, as far as known (「国务院新闻办公室 · https://…」); null when nothing is.</summary>
    public string? Provenance =>
        string.Join(" · ", new[] { Info.Publisher, Info.Author, Info.Url }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } line ? line : null;

    /// <summary>
    /// The published text's address relative to the report, each segment escaped: a file name holding '#', '?' or '%'
    /// is part of the path, not a fragment or a query (<c>a#1.txt</c> → <c>texts/a%231.txt.txt</c>).
    /// </summary>
    public string TextHref => string.Join('/', Info.TextPath.Split('/').Select(Uri.EscapeDataString));

    public string ShaPrefix => Info.Sha256.Length >= 12 ? Info.Sha256[..12] : Info.Sha256;

    // Equal views have equal numbers; hashing the whole DocumentInfo (SHA-256, title, ...) made a distinct set of a
    // chart's documents, taken over every fact for the overview charts, cost more than the rest of the chart.
    public override int GetHashCode() => Number;
}
