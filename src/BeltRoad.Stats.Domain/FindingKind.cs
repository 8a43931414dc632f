namespace BeltRoad.Stats.Domain;

public enum FindingKind
{
    /// <summary>Several documents state the same value for the same key.</summary>
    Corroborated,

    /// <summary>Documents state different values for the same key.</summary>
    Conflict,
}
