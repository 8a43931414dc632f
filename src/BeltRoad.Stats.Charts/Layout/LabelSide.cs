namespace BeltRoad.Stats.Charts;

/// <summary>Where a value label sits relative to its point on a line.</summary>
internal enum LabelSide
{
    Above,
    Below,
    AboveLeft,
    AboveRight,
}
