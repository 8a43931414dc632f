namespace BeltRoad.Stats.Recognizers;

/// <summary>The cultures the recognizer has tables for. Simplified and traditional Chinese share the algorithm.</summary>
public enum RecognizerCulture
{
    ZhHans,
    ZhHant,
    En,
}
