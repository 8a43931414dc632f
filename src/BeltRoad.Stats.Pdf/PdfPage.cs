using BeltRoad.Stats.Pdf.Tagging;

namespace BeltRoad.Stats.Pdf;

/// <summary>One page: its canvas, and the links and named destinations placed on it.</summary>
public sealed class PdfPage
{
    private readonly PdfDocumentWriter _document;

    internal PdfPage(PdfDocumentWriter document, int number, PdfPageSize size)
    {
        _document = document;
        Number = number;
        Size = size;
        Canvas = new PdfCanvas(document, this, size);
    }

    /// <summary>1-based page number.</summary>
    public int Number { get; }

    public PdfPageSize Size { get; }

    public PdfCanvas Canvas { get; }

    internal List<PageLink> Links { get; } = [];

    /// <summary>The structure element owning each marked-content sequence of this page, by MCID (the parent tree's entry).</summary>
    internal List<StructureElement> Marked { get; } = [];

    /// <summary>
    /// Makes an area a link to a named destination (see <see cref="AddDestination"/>), resolved when saving. In a tagged
    /// document, <paramref name="element"/> is the Link element the annotation belongs to and <paramref name="contents"/>
    /// says where it leads.
    /// </summary>
    public void AddLink(PdfRect area, string destination, StructureElement? element = null, string? contents = null) =>
        Add(new PageLink(area, destination, null, element, contents));

    public void AddUriLink(PdfRect area, string uri, StructureElement? element = null, string? contents = null) =>
        Add(new PageLink(area, null, uri, element, contents));

    /// <summary>Names a point of this page (top-left coordinates) for links and outline entries.</summary>
    public void AddDestination(string name, double y, double x = 0) => _document.AddDestination(name, new Destination(this, x, y));

    private void Add(PageLink link)
    {
        Links.Add(link);
        link.Element?.AddAnnotation(link);
    }
}
