using BeltRoad.Stats.Pdf.Tagging;
using BeltRoad.Stats.Pdf.Writing;

namespace BeltRoad.Stats.Pdf;

/// <summary>
/// Marked content for a tagged PDF: what is drawn between <see cref="BeginTag"/> and <see cref="EndMarked"/> belongs to a
/// structure element, what is drawn between <see cref="BeginArtifact"/> and <see cref="EndMarked"/> is decoration (rules,
/// bands, running headers) that assistive technology skips. The two do not nest, so every MCID has one owner.
/// </summary>
public sealed partial class PdfCanvas
{
    /// <summary>The element whose marked content is open, or null (untagged content, or an artifact).</summary>
    private StructureElement? _tag;
    private bool _inMarked;

    /// <summary>Opens marked content owned by <paramref name="element"/>: <c>/P &lt;&lt;/MCID n&gt;&gt; BDC</c>.</summary>
    public PdfCanvas BeginTag(StructureElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        Open(element.Type);
        var mcid = _page.Marked.Count;
        _page.Marked.Add(element);
        element.AddMarked(_page, mcid);
        _tag = element;
        Content.Ascii(PdfSyntax.Name(element.Type)).Ascii(" <</MCID ").Int(mcid).Ascii(">> BDC\n");
        return this;
    }

    /// <summary>Opens an artifact: drawing that is not content (PDF 1.7 §14.8.2.2).</summary>
    public PdfCanvas BeginArtifact()
    {
        Open("Artifact");
        Content.Ascii("/Artifact BMC\n");
        return this;
    }

    public PdfCanvas EndMarked()
    {
        if (!_inMarked)
        {
            throw new InvalidOperationException("EndMarked without an open tag or artifact.");
        }

        _inMarked = false;
        _tag = null;
        return Op("EMC");
    }

    /// <summary>Ends the open tag and opens one for <paramref name="element"/> (inside a text object too).</summary>
    internal PdfCanvas SwitchTag(StructureElement element)
    {
        EndMarked();
        return BeginTag(element);
    }

    /// <summary>Draws <paramref name="draw"/> as content of <paramref name="element"/>.</summary>
    public PdfCanvas Tagged(StructureElement element, Action<PdfCanvas> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        BeginTag(element);
        draw(this);
        return EndMarked();
    }

    /// <summary>Draws <paramref name="draw"/> as an artifact.</summary>
    public PdfCanvas Artifact(Action<PdfCanvas> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        BeginArtifact();
        draw(this);
        return EndMarked();
    }

    private void Open(string what)
    {
        if (_inMarked)
        {
            throw new InvalidOperationException($"Marked content does not nest here: '{what}' opened inside '{_tag?.Type ?? "Artifact"}' on page {_page.Number}.");
        }

        _inMarked = true;
    }
}
