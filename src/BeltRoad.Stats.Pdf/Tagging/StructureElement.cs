namespace BeltRoad.Stats.Pdf.Tagging;

/// <summary>
/// A node of a tagged PDF's logical structure (PDF 1.7 §14.7, PDF/UA-1): a standard type (P, H1, Table, TH, Figure, Link …)
/// whose kids are elements, marked content on a page (<see cref="PdfCanvas.BeginTag"/>) or link annotations, in reading
/// order. An element without content may carry its whole text as <see cref="ActualText"/> (a chart's data table).
/// </summary>
public sealed class StructureElement
{
    private readonly List<object> _kids = [];

    private StructureElement(string type, StructureElement? parent)
    {
        Type = type;
        Parent = parent;
    }

    /// <summary>The standard structure type, written as /S.</summary>
    public string Type { get; }

    public StructureElement? Parent { get; }

    /// <summary>Alternate description (/Alt): what a figure says, read instead of its content.</summary>
    public string? Alt { get; init; }

    /// <summary>Replacement text (/ActualText) for an element that draws nothing of its own.</summary>
    public string? ActualText { get; init; }

    /// <summary>A BCP 47 tag (/Lang) when this element's language differs from the document's.</summary>
    public string? Language { get; init; }

    /// <summary>For TH: which cells the header applies to (/A &lt;&lt;/O /Table /Scope …&gt;&gt;).</summary>
    public TableScope? Scope { get; init; }

    /// <summary>For a Figure: where it is drawn on its page (top-left coordinates), written as the layout attribute /BBox.</summary>
    public PdfRect? Box { get; init; }

    internal IReadOnlyList<object> Kids => _kids;

    /// <summary>A new root (/S /Document) for a document's tree.</summary>
    public static StructureElement Document() => new("Document", null);

    /// <summary>Appends a child element of <paramref name="type"/>.</summary>
    public StructureElement Add(string type) => Add(new StructureElement(type, this));

    /// <summary>Appends a child element with attributes: <c>e.Add("Figure", alt: "…")</c>.</summary>
    public StructureElement Add(string type, string? alt = null, string? actualText = null, string? language = null, TableScope? scope = null, PdfRect? box = null) =>
        Add(new StructureElement(type, this) { Alt = alt, ActualText = actualText, Language = language, Scope = scope, Box = box });

    /// <summary>Every element of this subtree, this one first, in reading order.</summary>
    public IEnumerable<StructureElement> Descendants()
    {
        yield return this;
        foreach (var kid in _kids.OfType<StructureElement>())
        {
            foreach (var e in kid.Descendants())
            {
                yield return e;
            }
        }
    }

    internal void AddMarked(PdfPage page, int mcid) => _kids.Add(new MarkedContentRef(page, mcid));

    internal void AddAnnotation(PageLink link) => _kids.Add(link);

    private StructureElement Add(StructureElement child)
    {
        _kids.Add(child);
        return child;
    }
}
