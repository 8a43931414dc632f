namespace BeltRoad.Stats.Pdf.Fonts;

/// <summary>
/// Characters drawn as another character, or as nothing, before the font is asked: a table, not code,
/// so that what counts as "missing" is one readable list.
/// </summary>
internal static class GlyphFallbacks
{
    /// <summary>Returned for characters that take no space and draw nothing.</summary>
    public const int Invisible = -1;

    private static readonly Dictionary<int, int> Replacements = new()
    {
        [0x0009] = ' ',   // tab: layout has no tab stops
        [0x00A0] = ' ',   // no-break space (line breaking treats it as glue, the font need not)
        [0x2002] = ' ',
        [0x2003] = ' ',
        [0x2009] = ' ',   // thin space
        [0x202F] = ' ',   // narrow no-break space
        [0x2011] = '-',   // non-breaking hyphen
        [0x2212] = '-',   // minus sign, when the font lacks it
        [0x200B] = Invisible, // zero-width space (a break opportunity only)
        [0x200C] = Invisible,
        [0x200D] = Invisible,
        [0x2060] = Invisible,
        [0xFEFF] = Invisible,
        [0x000A] = Invisible,
        [0x000D] = Invisible,
    };

    public static int Resolve(int codePoint) => Replacements.GetValueOrDefault(codePoint, codePoint);
}
