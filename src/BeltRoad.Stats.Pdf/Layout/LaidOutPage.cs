namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>A page after pagination: the drawing it will receive once the page count is known.</summary>
internal sealed class LaidOutPage
{
    public List<Action<PdfPage>> Draws { get; } = [];

    /// <summary>Short descriptions of what was placed here, in order (for tests of pagination).</summary>
    public List<string> Trace { get; } = [];
}
