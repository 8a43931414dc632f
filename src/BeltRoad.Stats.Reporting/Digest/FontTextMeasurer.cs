using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Pdf;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>Chart text widths from the PDF font's own advances, so labels laid out for the PDF fit exactly.</summary>
internal sealed class FontTextMeasurer(PdfFont font) : ITextMeasurer
{
    public double Measure(string text, double fontSize) => font.MeasureWidth(text, fontSize);
}
