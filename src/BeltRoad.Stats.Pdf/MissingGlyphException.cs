namespace BeltRoad.Stats.Pdf;

/// <summary>Thrown instead of drawing a box for a character the font lacks.</summary>
public sealed class MissingGlyphException(IReadOnlyList<MissingGlyph> missing)
    : Exception("The font cannot draw: " + string.Join("; ", missing))
{
    public IReadOnlyList<MissingGlyph> Missing { get; } = missing;
}
