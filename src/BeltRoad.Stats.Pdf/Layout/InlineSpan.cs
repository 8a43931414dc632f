namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>A run of text in one style, optionally a link to a named destination or a URI.</summary>
internal sealed record InlineSpan(string Text, PdfTextStyle Style, string? Destination = null, string? Uri = null);
