namespace BeltRoad.Stats.Charts;

/// <summary>Which part of the text sits at its x coordinate.</summary>
public enum TextAnchor
{
    Start,
    Middle,
    End,
}
