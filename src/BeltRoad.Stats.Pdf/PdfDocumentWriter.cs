using System.Globalization;
using BeltRoad.Stats.Pdf.Tagging;
using BeltRoad.Stats.Pdf.Writing;

namespace BeltRoad.Stats.Pdf;

/// <summary>
/// Writes a PDF 1.7 document: pages with vector graphics and text in embedded TrueType subsets,
/// links, an outline and metadata; tagged (PDF/UA-1) when content is marked for <see cref="Structure"/>, archival (PDF/A-2)
/// when <see cref="PdfDocumentInfo.Archival"/> says so. Nothing depends on the clock or the machine, so the same calls
/// give the same bytes.
/// </summary>
public sealed class PdfDocumentWriter(PdfDocumentInfo info)
{
    private readonly List<PdfPage> _pages = [];
    private readonly List<PdfOutlineItem> _outline = [];
    private readonly Dictionary<PdfFont, FontUsage> _fonts = [];
    private readonly List<FontUsage> _fontOrder = [];
    private readonly Dictionary<(int Fill, int Stroke), string> _graphicsStates = [];
    private readonly Dictionary<string, Destination> _destinations = new(StringComparer.Ordinal);
    private readonly List<MissingGlyph> _missing = [];

    public PdfDocumentInfo Info { get; } = info;

    /// <summary>The logical structure's root (/Document); the document is tagged once any element owns content.</summary>
    public StructureElement Structure { get; internal set; } = StructureElement.Document();

    public IReadOnlyList<PdfPage> Pages => _pages;

    /// <summary>Top-level bookmarks.</summary>
    public IReadOnlyList<PdfOutlineItem> Outline => _outline;

    /// <summary>Characters left out because the font lacks them (with <see cref="MissingGlyphPolicy.Report"/>).</summary>
    public IReadOnlyList<MissingGlyph> MissingGlyphs => _missing;

    /// <summary>Adds a page (A4 unless told otherwise).</summary>
    public PdfPage AddPage(PdfPageSize? size = null)
    {
        var page = new PdfPage(this, _pages.Count + 1, size ?? PdfPageSize.A4);
        _pages.Add(page);
        return page;
    }

    public PdfOutlineItem AddOutline(string title, string destination)
    {
        var item = new PdfOutlineItem(title, destination);
        _outline.Add(item);
        return item;
    }

    public bool HasDestination(string name) => _destinations.ContainsKey(name);

    public byte[] ToArray()
    {
        var writer = Compose();
        return writer.Out.ToArray();
    }

    public void Save(Stream stream) => Compose().Out.CopyTo(stream);

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    internal void AddDestination(string name, Destination destination)
    {
        if (!_destinations.TryAdd(name, destination))
        {
            throw new InvalidOperationException($"The destination '{name}' is defined twice.");
        }
    }

    internal FontUsage UseFont(PdfFont font)
    {
        if (!_fonts.TryGetValue(font, out var usage))
        {
            usage = new FontUsage(font, "F" + (_fontOrder.Count + 1).ToString(CultureInfo.InvariantCulture));
            _fonts.Add(font, usage);
            _fontOrder.Add(usage);
        }

        return usage;
    }

    internal string GraphicsStateFor(double fill, double stroke)
    {
        var key = ((int)Math.Round(Math.Clamp(fill, 0, 1) * 1000), (int)Math.Round(Math.Clamp(stroke, 0, 1) * 1000));
        if (!_graphicsStates.TryGetValue(key, out var name))
        {
            name = "GS" + (_graphicsStates.Count + 1).ToString(CultureInfo.InvariantCulture);
            _graphicsStates.Add(key, name);
        }

        return name;
    }

    internal void ReportMissing(IReadOnlyList<MissingGlyph> missing)
    {
        if (Info.MissingGlyphs == MissingGlyphPolicy.Throw)
        {
            throw new MissingGlyphException(missing);
        }

        _missing.AddRange(missing);
    }

    private ObjectWriter Compose()
    {
        if (_pages.Count == 0)
        {
            throw new InvalidOperationException("A PDF needs at least one page.");
        }

        var tagged = _pages.Any(p => p.Marked.Count > 0);
        var w = new ObjectWriter(packDictionaries: tagged || Info.Archival);
        // The second line's high bytes tell transfer tools the file is binary.
        w.Out.Ascii("%PDF-1.7\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).Ascii("\n");
        int catalog = w.Reserve(), pagesRoot = w.Reserve(), infoId = w.Reserve(), resources = w.Reserve();
        var pageIds = _pages.Select(_ => w.Reserve()).ToArray();
        var fontIds = _fontOrder.Select(_ => w.Reserve()).ToArray();
        var annotations = new Dictionary<PageLink, (int Id, int StructParent)>();

        for (var i = 0; i < _pages.Count; i++)
        {
            WritePage(w, _pages[i], pageIds[i], pagesRoot, resources, pageIds, tagged, annotations);
        }

        w.Dictionary(pagesRoot, "/Type /Pages /Kids [" + string.Join(" ", pageIds.Select(id => id.ToString(CultureInfo.InvariantCulture) + " 0 R")) + "] /Count " + _pages.Count.ToString(CultureInfo.InvariantCulture));
        WriteResources(w, resources, fontIds);
        for (var i = 0; i < _fontOrder.Count; i++)
        {
            FontEmbedder.Write(w, fontIds[i], _fontOrder[i]);
        }

        var outlines = _outline.Count == 0 ? 0 : new OutlineWriter(w, pageIds, ResolveDestination).Write(_outline);
        WriteInfo(w, infoId);
        var catalogBody = "/Type /Catalog /Pages " + Ref(pagesRoot)
            + (outlines > 0 ? " /Outlines " + Ref(outlines) + " /PageMode /UseOutlines" : string.Empty)
            + " /Lang " + PdfSyntax.TextString(Info.Language) + " /ViewerPreferences <</DisplayDocTitle true>>";
        if (tagged)
        {
            catalogBody += " /MarkInfo <</Marked true>> /StructTreeRoot " + Ref(new StructureWriter(w, _pages, pageIds, annotations).Write(Structure));
        }

        if (Info.Archival)
        {
            catalogBody += ArchivalEntries(w, tagged);
        }

        w.Dictionary(catalog, catalogBody);

        // The file identifier is a digest of the content, so it too is the same for the same input.
        var id = Convert.ToHexString(w.ContentDigest()[..16]);
        w.Finish(catalog, infoId, id);
        return w;
    }

    /// <summary>PDF/A-2: the XMP packet (never compressed) and the sRGB output intent for DeviceRGB.</summary>
    private string ArchivalEntries(ObjectWriter w, bool tagged)
    {
        int metadata = w.Reserve(), profile = w.Reserve();
        w.Stream(metadata, " /Type /Metadata /Subtype /XML", XmpMetadata.Build(Info, tagged), compressed: false);
        w.Stream(profile, " /N 3", Flate.Compress(Color.SrgbProfile.Data), compressed: true);
        var name = PdfSyntax.TextString(Color.SrgbProfile.Description);
        return " /Metadata " + Ref(metadata) + " /OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier " + name
            + " /Info " + name + " /DestOutputProfile " + Ref(profile) + ">>]";
    }

    private void WritePage(ObjectWriter w, PdfPage page, int id, int parent, int resources, int[] pageIds, bool tagged, Dictionary<PageLink, (int Id, int StructParent)> tags)
    {
        var content = w.Reserve();
        var annotations = page.Links.Select(_ => w.Reserve()).ToArray();
        var body = "/Type /Page /Parent " + Ref(parent) + " /MediaBox [0 0 " + Num(page.Size.Width) + " " + Num(page.Size.Height) + "] /Resources " + Ref(resources) + " /Contents " + Ref(content);
        if (tagged)
        {
            // Struct parents 0 … pages − 1 are the pages' own; annotations number on from there.
            body += " /StructParents " + (page.Number - 1).ToString(CultureInfo.InvariantCulture) + (annotations.Length > 0 ? " /Tabs /S" : string.Empty);
        }

        if (annotations.Length > 0)
        {
            body += " /Annots [" + string.Join(" ", annotations.Select(Ref)) + "]";
        }

        w.Dictionary(id, body);
        w.Stream(content, string.Empty, Flate.Compress(page.Canvas.Content.Span), compressed: true);
        for (var i = 0; i < annotations.Length; i++)
        {
            var link = page.Links[i];
            var a = link.Area;
            var rect = "[" + Num(a.X) + " " + Num(page.Size.Height - a.Bottom) + " " + Num(a.Right) + " " + Num(page.Size.Height - a.Y) + "]";
            var action = link.Uri is not null
                ? "/A <</S /URI /URI " + PdfSyntax.TextString(link.Uri) + ">>"
                : "/Dest " + DestinationArray(ResolveDestination(link.Destination!), pageIds);
            var extra = Info.Archival ? " /F 4" : string.Empty;
            if (tagged && link.Element is not null)
            {
                var structParent = _pages.Count + tags.Count;
                tags.Add(link, (annotations[i], structParent));
                extra += " /StructParent " + structParent.ToString(CultureInfo.InvariantCulture);
            }

            if (link.Contents is not null)
            {
                extra += " /Contents " + PdfSyntax.TextString(link.Contents);
            }

            w.Dictionary(annotations[i], "/Type /Annot /Subtype /Link /Rect " + rect + " /Border [0 0 0] " + action + extra);
        }
    }

    private void WriteResources(ObjectWriter w, int id, int[] fontIds)
    {
        var fonts = string.Concat(_fontOrder.Select((f, i) => "/" + f.ResourceName + " " + Ref(fontIds[i]) + " "));
        var states = string.Concat(_graphicsStates.Select(s => "/" + s.Value + " <</Type /ExtGState /ca " + Num(s.Key.Fill / 1000.0) + " /CA " + Num(s.Key.Stroke / 1000.0) + ">> "));
        w.Dictionary(id, "/ProcSet [/PDF /Text] /Font <<" + fonts + ">> /ExtGState <<" + states + ">>");
    }

    private void WriteInfo(ObjectWriter w, int id)
    {
        var entries = new (string Key, string? Value)[]
        {
            ("Title", Info.Title), ("Author", Info.Author), ("Subject", Info.Subject), ("Keywords", Info.Keywords),
            ("Creator", Info.Creator), ("Producer", Info.Producer),
        };
        var body = string.Concat(entries.Where(e => e.Value is not null).Select(e => "/" + e.Key + " " + PdfSyntax.TextString(e.Value!) + " "));
        body += "/CreationDate " + PdfSyntax.Date(Info.CreationDate) + " /ModDate " + PdfSyntax.Date(Info.ModDate ?? Info.CreationDate);
        // Plain text, never packed: the metadata stays readable to any tool that looks at the file's bytes.
        w.Dictionary(id, body, packable: false);
    }

    private Destination ResolveDestination(string name) =>
        _destinations.TryGetValue(name, out var d) ? d : throw new InvalidOperationException($"No destination named '{name}' (a link or bookmark points to it).");

    internal static string DestinationArray(Destination d, int[] pageIds) =>
        "[" + Ref(pageIds[d.Page.Number - 1]) + " /XYZ " + Num(d.X) + " " + Num(d.Page.Size.Height - d.Y) + " null]";

    private static string Ref(int id) => id.ToString(CultureInfo.InvariantCulture) + " 0 R";

    private static string Num(double value) => System.Text.Encoding.ASCII.GetString(new ByteBuffer(16).Number(value).Span);
}
