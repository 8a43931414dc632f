namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>Vertical space asked for explicitly: unlike paragraph spacing it does not vanish at a page top.</summary>
internal sealed class SpacerPart(double height) : Part
{
    public override void Layout(LayoutContext context)
    {
        context.EnsureSpace(height);
        context.Y = Math.Min(context.Y + height, context.Area.Bottom);
    }
}
