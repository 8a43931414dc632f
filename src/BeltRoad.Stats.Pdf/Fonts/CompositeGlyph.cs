namespace BeltRoad.Stats.Pdf.Fonts;

/// <summary>Walks the component records of a composite glyph (numberOfContours &lt; 0).</summary>
internal static class CompositeGlyph
{
    private const int ArgsAreWords = 0x0001;
    private const int HaveScale = 0x0008;
    private const int MoreComponents = 0x0020;
    private const int HaveXAndYScale = 0x0040;
    private const int HaveTwoByTwo = 0x0080;

    public static bool IsComposite(ReadOnlySpan<byte> glyph) => glyph.Length >= 10 && BigEndian.I16(glyph, 0) < 0;

    /// <summary>Offsets (within the glyph) of each component's glyphIndex field.</summary>
    public static List<int> ComponentIndexOffsets(ReadOnlySpan<byte> glyph)
    {
        var offsets = new List<int>();
        var at = 10;
        int flags;
        do
        {
            flags = BigEndian.U16(glyph, at);
            offsets.Add(at + 2);
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            if ((flags & HaveScale) != 0)
            {
                at += 2;
            }
            else if ((flags & HaveXAndYScale) != 0)
            {
                at += 4;
            }
            else if ((flags & HaveTwoByTwo) != 0)
            {
                at += 8;
            }
        }
        while ((flags & MoreComponents) != 0);

        return offsets;
    }
}
