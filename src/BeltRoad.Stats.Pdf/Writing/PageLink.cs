using BeltRoad.Stats.Pdf.Tagging;

namespace BeltRoad.Stats.Pdf;

/// <summary>
/// A link area on a page: to a named destination or to a URI. In a tagged document its <see cref="Element"/> is the Link
/// structure element that owns it and <see cref="Contents"/> says where it leads (/Contents, PDF/UA-1).
/// </summary>
internal sealed class PageLink(PdfRect area, string? destination, string? uri, StructureElement? element, string? contents)
{
    public PdfRect Area { get; } = area;

    public string? Destination { get; } = destination;

    public string? Uri { get; } = uri;

    public StructureElement? Element { get; } = element;

    public string? Contents { get; } = contents;
}
