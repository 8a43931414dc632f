namespace BeltRoad.Stats.Pdf;

/// <summary>A bookmark: a title, the named destination it opens, and nested bookmarks.</summary>
public sealed class PdfOutlineItem
{
    private readonly List<PdfOutlineItem> _children = [];

    internal PdfOutlineItem(string title, string destination)
    {
        Title = title;
        Destination = destination;
    }

    public string Title { get; }

    public string Destination { get; }

    public IReadOnlyList<PdfOutlineItem> Children => _children;

    public PdfOutlineItem Add(string title, string destination)
    {
        var child = new PdfOutlineItem(title, destination);
        _children.Add(child);
        return child;
    }

    internal int Descendants => _children.Sum(c => 1 + c.Descendants);
}
