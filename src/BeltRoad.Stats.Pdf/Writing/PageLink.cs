namespace BeltRoad.Stats.Pdf;

/// <summary>A link area on a page: to a named destination or to a URI.</summary>
internal sealed record PageLink(PdfRect Area, string? Destination, string? Uri);
