namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>
/// A table only assistive technology reads (a chart's data): Table, TR, TH (column scope) and TD elements whose text is
/// their /ActualText, added to the structure where the flow is; nothing is drawn or placed.
/// </summary>
internal sealed class DataTablePart(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows) : Part
{
    public override void Layout(LayoutContext context)
    {
        var table = context.Structure.Add("Table");
        var head = table.Add("TR");
        foreach (var cell in header)
        {
            head.Add("TH", actualText: cell, scope: Tagging.TableScope.Column);
        }

        foreach (var row in rows)
        {
            var tr = table.Add("TR");
            foreach (var cell in row)
            {
                tr.Add("TD", actualText: cell);
            }
        }
    }
}
