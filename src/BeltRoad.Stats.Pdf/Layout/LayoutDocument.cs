using System.Globalization;
using BeltRoad.Stats.Pdf.Tagging;

namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>
/// A document made of parts — headings, paragraphs, tables, figures — that flow across pages.
/// Pagination runs first, so headers and footers know the page count (「第 N 页 / 共 M 页」);
/// headings become bookmarks and link targets. The output is tagged: each part adds its structure elements (P, H1–H3,
/// Table, Figure, Link …) in flow order, page decoration is an artifact.
/// </summary>
public sealed class LayoutDocument(PdfLayoutSettings settings)
{
    /// <summary>Paginations of a document with page numbers in its text: the numbers never change a row's height, so two agree.</summary>
    private const int MaxPaginations = 3;

    private static readonly Dictionary<string, int> NoPages = new(StringComparer.Ordinal);

    private readonly List<Part> _parts = [];
    private int _headings;
    private bool _printsPages;

    public PdfLayoutSettings Settings { get; } = settings;

    public PdfStyleSheet Styles => Settings.Styles;

    /// <summary>A heading (level 1–3) with a bookmark; <paramref name="anchor"/> names it for links.</summary>
    public LayoutDocument Heading(int level, string text, string? anchor = null)
    {
        if (level is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Heading levels are 1, 2 and 3.");
        }

        var style = Styles.Heading(level);
        anchor ??= "heading-" + (++_headings).ToString(CultureInfo.InvariantCulture);
        _parts.Add(new ParagraphPart([new InlineSpan(text, style.Text)], style, anchor, level));
        return this;
    }

    /// <summary>A body paragraph in one style.</summary>
    public LayoutDocument Paragraph(string text, ParagraphStyle? style = null) =>
        Paragraph(p => p.Text(text), style);

    /// <summary>A paragraph of runs in several styles, links included.</summary>
    public LayoutDocument Paragraph(Action<ParagraphBuilder> compose, ParagraphStyle? style = null)
    {
        var builder = new ParagraphBuilder(Styles, style ?? Styles.Body);
        compose(builder);
        if (builder.Spans.Count == 0)
        {
            builder.Text(string.Empty);
        }

        _parts.Add(new ParagraphPart(builder.Spans, builder.Style));
        return this;
    }

    public LayoutDocument Table(Action<TableBuilder> compose)
    {
        var builder = new TableBuilder();
        compose(builder);
        builder.ResolveWidths();
        _parts.Add(new TablePart(builder));
        return this;
    }

    /// <summary>
    /// A table that prints the pages named destinations land on (a contents page): <paramref name="compose"/> gets them
    /// from a first pagination (empty then) and builds the table again for the next, so the document is composed once.
    /// The page numbers must not change a row's height; pagination repeats until the destinations stay put.
    /// </summary>
    public LayoutDocument PagedTable(Action<TableBuilder, IReadOnlyDictionary<string, int>> compose)
    {
        _parts.Add(new PagedTablePart(compose));
        _printsPages = true;
        return this;
    }

    /// <summary>
    /// A keep-together block of the content width and <paramref name="height"/>, drawn by a callback
    /// (a chart) with its caption below; it moves whole to the next page when it does not fit. With
    /// <paramref name="alt"/> it is a Figure that says so to a screen reader; without, decoration (an artifact).
    /// </summary>
    /// <remarks>With <paramref name="shrink"/> the box drawn into may be lower than <paramref name="height"/> (never narrower): the callback fits its drawing to the box it gets.</remarks>
    public LayoutDocument Figure(double height, Action<PdfCanvas, PdfRect> draw, string? caption = null, string? anchor = null, string? alt = null, FigureShrink? shrink = null)
    {
        _parts.Add(new FigurePart(height, (page, box, _) => draw(page.Canvas, box), caption, anchor, alt, shrink: shrink));
        return this;
    }

    /// <summary>
    /// A block drawn with its page at hand, so areas of it can link (cards that open a section); the callback tags what it
    /// draws under the block's own element (a Div), e.g. one element per card in reading order.
    /// </summary>
    public LayoutDocument TaggedBlock(double height, Action<PdfPage, PdfRect, StructureElement> draw, string? anchor = null)
    {
        _parts.Add(new FigurePart(height, (page, box, element) => draw(page, box, element!), null, anchor, alt: null, block: true));
        return this;
    }

    /// <summary>
    /// A table that is read, not seen: a chart's data for assistive technology right after its figure, each cell's text
    /// as /ActualText. Nothing is drawn.
    /// </summary>
    public LayoutDocument DataTable(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _parts.Add(new DataTablePart(header, [.. rows]));
        return this;
    }

    public LayoutDocument Spacer(double height)
    {
        _parts.Add(new SpacerPart(height));
        return this;
    }

    public LayoutDocument PageBreak()
    {
        _parts.Add(new PageBreakPart());
        return this;
    }

    /// <summary>A named destination at this point of the flow.</summary>
    public LayoutDocument Anchor(string name)
    {
        _parts.Add(new AnchorPart(name));
        return this;
    }

    /// <summary>Paginates and draws everything into a new writer (which can still take pages or be inspected).</summary>
    public PdfDocumentWriter Render()
    {
        var context = Paginate();
        var writer = new PdfDocumentWriter(Settings.Info);
        var count = context.Pages.Count;
        for (var i = 0; i < count; i++)
        {
            var page = writer.AddPage(Settings.PageSize);
            var pageContext = new PageContext(i + 1, count, Settings.PageSize, Settings.ContentArea);
            page.Canvas.Artifact(canvas => PageDecoration.Draw(canvas, pageContext, Settings));
            foreach (var draw in context.Pages[i].Draws)
            {
                draw(page);
            }
        }

        AddOutline(writer, context.Outline);
        writer.Structure = context.Structure;
        return writer;
    }

    public byte[] ToArray() => Render().ToArray();

    public void Save(Stream stream) => Render().Save(stream);

    public void Save(string path) => Render().Save(path);

    /// <summary>The page (1-based) every named destination lands on: what a contents page prints.</summary>
    public IReadOnlyDictionary<string, int> AnchorPages() => Paginate().AnchorPages;

    internal LayoutContext Paginate()
    {
        var context = Paginate(NoPages);
        for (var pass = 1; _printsPages && pass < MaxPaginations; pass++)
        {
            var next = Paginate(context.AnchorPages);
            var settled = next.AnchorPages.Count == context.AnchorPages.Count && next.AnchorPages.All(a => context.AnchorPages.GetValueOrDefault(a.Key) == a.Value);
            context = next;
            if (settled)
            {
                break;
            }
        }

        return context;
    }

    private LayoutContext Paginate(IReadOnlyDictionary<string, int> knownPages)
    {
        var context = new LayoutContext(Settings, knownPages);
        for (var i = 0; i < _parts.Count; i++)
        {
            context.NextUnbreakable = i + 1 < _parts.Count ? _parts[i + 1].Unbreakable : 0;
            _parts[i].Layout(context);
        }

        return context;
    }

    private static void AddOutline(PdfDocumentWriter writer, IEnumerable<OutlineEntry> entries)
    {
        var open = new List<(int Level, PdfOutlineItem Item)>();
        foreach (var entry in entries)
        {
            while (open.Count > 0 && open[^1].Level >= entry.Level)
            {
                open.RemoveAt(open.Count - 1);
            }

            var item = open.Count == 0 ? writer.AddOutline(entry.Title, entry.Destination) : open[^1].Item.Add(entry.Title, entry.Destination);
            open.Add((entry.Level, item));
        }
    }
}
