namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>A named destination at the cursor, for links and bookmarks.</summary>
internal sealed class AnchorPart(string name) : Part
{
    public override void Layout(LayoutContext context)
    {
        var y = context.Y;
        context.Anchor(name);
        context.Draw(page => page.AddDestination(name, y));
    }
}
