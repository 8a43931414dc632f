namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>A heading's bookmark before it is written: its level decides its parent.</summary>
internal sealed record OutlineEntry(int Level, string Title, string Destination);
