namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>One part of a document (paragraph, heading, table, figure…) that places itself across pages.</summary>
internal abstract class Part
{
    public abstract void Layout(LayoutContext context);

    /// <summary>The height that must stand on one page where this part begins (a figure's drawing); 0 for parts that break.</summary>
    public virtual double Unbreakable => 0;
}
