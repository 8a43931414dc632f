namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>What a page header or footer knows: this page's number, the total, and the content area.</summary>
public sealed record PageContext(int PageNumber, int PageCount, PdfPageSize Size, PdfRect ContentArea);
