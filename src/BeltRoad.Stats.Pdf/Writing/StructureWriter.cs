using System.Globalization;
using System.Text;
using BeltRoad.Stats.Pdf.Tagging;

namespace BeltRoad.Stats.Pdf.Writing;

/// <summary>
/// Writes a tagged PDF's structure tree (PDF 1.7 §14.7): every element as a /StructElem packed into object streams, their
/// marked content as MCIDs (with the page when it differs from the element's), link annotations as OBJR, and the parent
/// tree that maps each page's MCIDs and each annotation back to its element.
/// </summary>
internal sealed class StructureWriter(ObjectWriter w, IReadOnlyList<PdfPage> pages, int[] pageIds, IReadOnlyDictionary<PageLink, (int Id, int StructParent)> annotations)
{
    private readonly Dictionary<StructureElement, int> _ids = new(ReferenceEqualityComparer.Instance);

    /// <summary>Writes the tree under <paramref name="root"/> and returns the StructTreeRoot's object number.</summary>
    public int Write(StructureElement root)
    {
        int treeRoot = w.Reserve(), parentTree = w.Reserve();
        foreach (var element in root.Descendants())
        {
            _ids.Add(element, w.Reserve());
        }

        foreach (var element in root.Descendants())
        {
            WriteElement(element, element.Parent is null ? treeRoot : _ids[element.Parent]);
        }

        var nums = new StringBuilder();
        foreach (var page in pages)
        {
            nums.Append(Num(page.Number - 1)).Append(" [").AppendJoin(' ', page.Marked.Select(Ref)).Append("] ");
        }

        var nextKey = pages.Count;
        foreach (var (link, at) in annotations.OrderBy(a => a.Value.StructParent))
        {
            nums.Append(Num(at.StructParent)).Append(' ').Append(Ref(link.Element!)).Append(' ');
            nextKey = at.StructParent + 1;
        }

        w.Packed(parentTree, "/Nums [" + nums.ToString().TrimEnd() + "]");
        w.Packed(treeRoot, "/Type /StructTreeRoot /K " + Ref(root) + " /ParentTree " + Ref(parentTree) + " /ParentTreeNextKey " + Num(nextKey));
        return treeRoot;
    }

    private void WriteElement(StructureElement e, int parent)
    {
        var page = e.Kids.OfType<MarkedContentRef>().Select(m => m.Page).FirstOrDefault();
        var body = new StringBuilder("/Type /StructElem /S ").Append(PdfSyntax.Name(e.Type)).Append(" /P ").Append(Ref(parent));
        if (page is not null)
        {
            body.Append(" /Pg ").Append(Ref(pageIds[page.Number - 1]));
        }

        Entry(body, "Alt", e.Alt);
        Entry(body, "ActualText", e.ActualText);
        Entry(body, "Lang", e.Language);
        if (e.Scope is { } scope)
        {
            body.Append(" /A <</O /Table /Scope /").Append(scope).Append(">>");
        }

        if (e.Box is { } box && page is not null)
        {
            var h = page.Size.Height;
            body.Append(" /A <</O /Layout /BBox [").AppendJoin(' ', new[] { box.X, h - box.Bottom, box.Right, h - box.Y }.Select(PdfNumber)).Append("]>>");
        }

        body.Append(" /K [");
        foreach (var kid in e.Kids)
        {
            body.Append(kid switch
            {
                StructureElement child => Ref(child),
                MarkedContentRef m when m.Page == page => Num(m.Mcid),
                MarkedContentRef m => "<</Type /MCR /Pg " + Ref(pageIds[m.Page.Number - 1]) + " /MCID " + Num(m.Mcid) + ">>",
                PageLink link => "<</Type /OBJR /Obj " + Ref(annotations[link].Id) + ">>",
                _ => throw new InvalidOperationException($"A structure kid of type {kid.GetType().Name} cannot be written."),
            }).Append(' ');
        }

        body.Append(']');
        w.Packed(_ids[e], body.ToString());
    }

    private static void Entry(StringBuilder body, string key, string? value)
    {
        if (value is not null)
        {
            body.Append(" /").Append(key).Append(' ').Append(PdfSyntax.TextString(value));
        }
    }

    private string Ref(StructureElement e) => Ref(_ids[e]);

    private static string Ref(int id) => Num(id) + " 0 R";

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string PdfNumber(double value) => System.Text.Encoding.ASCII.GetString(new ByteBuffer(16).Number(value).Span);
}
