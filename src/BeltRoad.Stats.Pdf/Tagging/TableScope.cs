namespace BeltRoad.Stats.Pdf.Tagging;

/// <summary>The cells a table header cell heads (PDF 1.7 §14.8.5.7, /Scope).</summary>
public enum TableScope
{
    Column,
    Row,
}
