namespace BeltRoad.Stats.Pdf.Writing;

/// <summary>Writes the bookmark tree: every item linked to parent, siblings and children (PDF 1.7 §12.3.3).</summary>
internal sealed class OutlineWriter(ObjectWriter writer, int[] pageIds, Func<string, Destination> resolve)
{
    /// <summary>Returns the id of the /Outlines dictionary.</summary>
    public int Write(IReadOnlyList<PdfOutlineItem> items)
    {
        var root = writer.Reserve();
        var ids = items.Select(_ => writer.Reserve()).ToArray();
        WriteLevel(items, ids, root);
        var count = items.Sum(i => 1 + i.Descendants);
        writer.Dictionary(root, $"/Type /Outlines /First {ids[0]} 0 R /Last {ids[^1]} 0 R /Count {count}");
        return root;
    }

    private void WriteLevel(IReadOnlyList<PdfOutlineItem> items, int[] ids, int parent)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var children = item.Children.Select(_ => writer.Reserve()).ToArray();
            var body = "/Title " + PdfSyntax.TextString(item.Title) + $" /Parent {parent} 0 R"
                + (i > 0 ? $" /Prev {ids[i - 1]} 0 R" : string.Empty)
                + (i < items.Count - 1 ? $" /Next {ids[i + 1]} 0 R" : string.Empty)
                + (children.Length > 0 ? $" /First {children[0]} 0 R /Last {children[^1]} 0 R /Count {item.Descendants}" : string.Empty)
                + " /Dest " + PdfDocumentWriter.DestinationArray(resolve(item.Destination), pageIds);
            writer.Dictionary(ids[i], body);
            WriteLevel(item.Children, children, ids[i]);
        }
    }
}
