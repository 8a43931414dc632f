namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>A table built anew by each pagination from the pages the previous one placed the destinations on (a contents page).</summary>
internal sealed class PagedTablePart(Action<TableBuilder, IReadOnlyDictionary<string, int>> compose) : Part
{
    public override void Layout(LayoutContext context)
    {
        var builder = new TableBuilder();
        compose(builder, context.KnownPages);
        new TablePart(builder, contents: true).Layout(context);
    }
}
