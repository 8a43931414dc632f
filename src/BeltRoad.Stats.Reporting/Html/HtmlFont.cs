using BeltRoad.Stats.Pdf;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// The shipped CJK font (WenQuanYi Micro Hei, Apache-2.0), cut to the characters the page uses and inlined as a data
/// URI, so Chinese renders on a machine without a CJK font (Debian chromium shows boxes otherwise) and nothing is
/// fetched. The page's own characters decide the subset, so the same page gives the same bytes.
/// </summary>
internal static class HtmlFont
{
    /// <summary>The family the stylesheet names first.</summary>
    public const string Family = "BeltRoad CJK";

    public static string FaceRule(string page)
    {
        var codePoints = new HashSet<int>();
        foreach (var rune in page.EnumerateRunes())
        {
            if (rune.Value >= 0x20)
            {
                codePoints.Add(rune.Value);
            }
        }

        var font = PdfFont.LoadEmbeddedCjk().WebSubset(codePoints);
        return "@font-face { font-family: '" + Family + "'; src: url(data:font/ttf;base64," + Convert.ToBase64String(font)
            + ") format('truetype'); font-display: block; }\n";
    }
}
