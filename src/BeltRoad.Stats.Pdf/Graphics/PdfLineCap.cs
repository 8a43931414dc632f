namespace BeltRoad.Stats.Pdf;

public enum PdfLineCap
{
    Butt = 0,
    Round = 1,
    Square = 2,
}
