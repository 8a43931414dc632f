namespace BeltRoad.Stats.Pdf.Text;

/// <summary>One line of a broken text: a range of UTF-16 indices, trailing spaces excluded.</summary>
internal readonly record struct TextLine(int Start, int End, bool EndsParagraph)
{
    public int Length => End - Start;
}
