using BeltRoad.Stats.Pdf;

namespace BeltRoad.Stats.Testing;

/// <summary>PDFs written for tests with the project's own writer: each page's lines top-down, one text line each.</summary>
internal static class TestPdf
{
    private const double LineHeight = 18;

    public static byte[] Write(IEnumerable<IEnumerable<string>> pages, PdfDocumentInfo info)
    {
        var writer = new PdfDocumentWriter(info);
        var style = PdfTextStyle.Of(PdfFont.LoadEmbeddedCjk(), 11);
        foreach (var lines in pages)
        {
            var canvas = writer.AddPage().Canvas;
            var y = 72.0;
            foreach (var line in lines)
            {
                canvas.DrawText(line, 56, y, style);
                y += LineHeight;
            }
        }

        return writer.ToArray();
    }

    /// <summary>A page of drawings and no text: what a scanned document looks like to pdftotext.</summary>
    public static byte[] ImageOnly(PdfDocumentInfo info)
    {
        var writer = new PdfDocumentWriter(info);
        var canvas = writer.AddPage().Canvas;
        canvas.Rectangle(56, 72, 300, 200).Fill();
        return writer.ToArray();
    }
}
