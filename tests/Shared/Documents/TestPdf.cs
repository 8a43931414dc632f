using System.Text;
using System.Text.RegularExpressions;
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

    /// <summary>A page of drawings and no text: what a scanned document looks like to a PDF reader.</summary>
    public static byte[] ImageOnly(PdfDocumentInfo info)
    {
        var writer = new PdfDocumentWriter(info);
        var canvas = writer.AddPage().Canvas;
        canvas.Rectangle(56, 72, 300, 200).Fill();
        return writer.ToArray();
    }

    /// <summary>
    /// <paramref name="pdf"/> with an incremental update that makes it password-protected, as a reader sees it: a
    /// standard security handler (RC4, revision 3) whose user password is not empty, so nothing opens it without one.
    /// </summary>
    public static byte[] Encrypted(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = Regex.Matches(text, @"trailer\s*<<(?<body>.*?)>>\s*startxref\s*(?<xref>[0-9]+)", RegexOptions.Singleline)[^1];
        var size = int.Parse(Regex.Match(trailer.Groups["body"].Value, @"/Size ([0-9]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var rest = Regex.Replace(trailer.Groups["body"].Value, @"/Size [0-9]+", "");
        var filler = new string('7', 64);
        var update = new StringBuilder();
        var start = pdf.Length;
        var encrypt = $"{size} 0 obj\n<</Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{filler}> /U <{filler}>>>\nendobj\n";
        update.Append(encrypt);
        var xref = start + encrypt.Length;
        update.Append($"xref\n{size} 1\n{start:D10} 00000 n \ntrailer\n<</Size {size + 1}{rest} /Encrypt {size} 0 R /Prev {trailer.Groups["xref"].Value}>>\nstartxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }
}
