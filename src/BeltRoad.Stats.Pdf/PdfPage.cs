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
        Canvas = new PdfCanvas(document, size);
    }

    /// <summary>1-based page number.</summary>
    public int Number { get; }

    public PdfPageSize Size { get; }

    public PdfCanvas Canvas { get; }

    internal List<PageLink> Links { get; } = [];

    /// <summary>Makes an area a link to a named destination (see <see cref="AddDestination"/>), resolved when saving.</summary>
    public void AddLink(PdfRect area, string destination) => Links.Add(new PageLink(area, destination, null));

    public void AddUriLink(PdfRect area, string uri) => Links.Add(new PageLink(area, null, uri));

    /// <summary>Names a point of this page (top-left coordinates) for links and outline entries.</summary>
    public void AddDestination(string name, double y, double x = 0) => _document.AddDestination(name, new Destination(this, x, y));
}
