namespace BeltRoad.Stats.Pdf;

public enum PdfLineJoin
{
    Miter = 0,
    Round = 1,
    Bevel = 2,
}
