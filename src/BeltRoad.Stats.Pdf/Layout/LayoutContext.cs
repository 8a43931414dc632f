using BeltRoad.Stats.Pdf.Tagging;

namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>The state of pagination: pages so far and the cursor on the last one.</summary>
/// <param name="knownPages">Where the previous pagination placed each named destination (empty on the first).</param>
internal sealed class LayoutContext(PdfLayoutSettings settings, IReadOnlyDictionary<string, int> knownPages)
{
    public PdfLayoutSettings Settings { get; } = settings;

    /// <summary>The pages a contents table prints (<see cref="PagedTablePart"/>): the previous pagination's, empty on the first.</summary>
    public IReadOnlyDictionary<string, int> KnownPages { get; } = knownPages;

    public PdfStyleSheet Styles => Settings.Styles;

    public PdfRect Area { get; } = settings.ContentArea;

    public List<LaidOutPage> Pages { get; } = [new()];

    public List<OutlineEntry> Outline { get; } = [];

    /// <summary>The logical structure parts add their elements to, in the order they are placed (the reading order).</summary>
    public StructureElement Structure { get; } = StructureElement.Document();

    public LaidOutPage Page => Pages[^1];

    /// <summary>The page (1-based) each named destination landed on, as pagination placed it.</summary>
    public Dictionary<string, int> AnchorPages { get; } = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="name"/> is on the current page (the first placement wins).</summary>
    public void Anchor(string name) => AnchorPages.TryAdd(name, Pages.Count);

    /// <summary>Where the next part starts, from the page's top edge.</summary>
    public double Y { get; set; } = settings.ContentArea.Y;

    public double Remaining => Area.Bottom - Y;

    public bool AtPageTop => Y <= Area.Y + 0.01;

    /// <summary>What the part after the one being laid out needs on one page (<see cref="Part.Unbreakable"/>): a heading keeps that much with it.</summary>
    public double NextUnbreakable { get; set; }

    public void NewPage()
    {
        Pages.Add(new LaidOutPage());
        Y = Area.Y;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor (or we are already at a page top).</summary>
    public void EnsureSpace(double height)
    {
        if (height > Remaining + 0.01 && !AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>Vertical space that disappears at the top of a page.</summary>
    public void Space(double height)
    {
        if (!AtPageTop)
        {
            Y = Math.Min(Y + height, Area.Bottom);
        }
    }

    public void Draw(Action<PdfPage> draw) => Page.Draws.Add(draw);
}
