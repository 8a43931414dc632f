namespace BeltRoad.Stats.Pdf;

/// <summary>Where text sits relative to its anchor or within its box.</summary>
public enum PdfTextAlign
{
    Left,
    Center,
    Right,

    /// <summary>Lines other than a paragraph's last are stretched to the full width.</summary>
    Justify,
}
