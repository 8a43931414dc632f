namespace BeltRoad.Stats.Pdf;

/// <summary>A named point of a page (top-left coordinates) that links and bookmarks open.</summary>
internal sealed record Destination(PdfPage Page, double X, double Y);
