namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>One part of a document (paragraph, heading, table, figure…) that places itself across pages.</summary>
internal abstract class Part
{
    public abstract void Layout(LayoutContext context);
}
