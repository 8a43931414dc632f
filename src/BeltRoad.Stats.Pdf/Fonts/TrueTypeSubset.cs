namespace BeltRoad.Stats.Pdf.Fonts;

/// <summary>A subset font file and, for each new glyph id, the original glyph it came from.</summary>
internal sealed record TrueTypeSubset(byte[] Data, IReadOnlyList<ushort> OriginalGlyphs);
