using System.Text;

namespace BeltRoad.Stats.Pdf;

/// <summary>A character that could not be drawn, with the text it was in and the font asked.</summary>
public sealed record MissingGlyph(Rune Character, string Text, string FontName)
{
    public override string ToString() => $"U+{Character.Value:X4} '{Character}' in \"{Text}\" (font {FontName})";
}
