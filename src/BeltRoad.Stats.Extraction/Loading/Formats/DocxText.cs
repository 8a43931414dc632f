using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>A Word paragraph's visible text: its runs' text, tabs and breaks as spaces; deleted text and field codes left out.</summary>
internal static class DocxText
{
    public static string Of(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }
}
