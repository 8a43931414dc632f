namespace BeltRoad.Stats.Pdf.Layout;

internal sealed class PageBreakPart : Part
{
    public override void Layout(LayoutContext context)
    {
        if (!context.AtPageTop)
        {
            context.NewPage();
        }
    }
}
