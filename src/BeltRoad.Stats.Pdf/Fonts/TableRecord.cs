namespace BeltRoad.Stats.Pdf.Fonts;

/// <summary>Where one table sits in the font file.</summary>
internal readonly record struct TableRecord(int Offset, int Length);
