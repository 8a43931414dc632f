namespace BeltRoad.Stats.Pdf.Tagging;

/// <summary>A marked-content sequence of a page, by its MCID: the content a structure element owns.</summary>
internal sealed record MarkedContentRef(PdfPage Page, int Mcid);
