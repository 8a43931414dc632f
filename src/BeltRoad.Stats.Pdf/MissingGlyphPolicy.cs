namespace BeltRoad.Stats.Pdf;

public enum MissingGlyphPolicy
{
    /// <summary>Throw <see cref="MissingGlyphException"/> at the first text holding a character the font lacks.</summary>
    Throw,

    /// <summary>Leave the character out and record it in <see cref="PdfDocumentWriter.MissingGlyphs"/>.</summary>
    Report,
}
