namespace BeltRoad.Stats.Domain;

/// <summary>How firmly a figure is stated. Never dropped: 「150多」 is <see cref="MoreThan"/>, not an exact 150.</summary>
public enum Qualifier
{
    Exact,
    Approx,
    Nearly,
    MoreThan,
    AtLeast,
    UpTo,
    Range,
}

/// <summary>What a qualifier says of the value it qualifies.</summary>
public static class Qualifiers
{
    /// <summary>超过, 破, at least: the value is a floor the true figure stands on or above.</summary>
    public static bool IsFloor(this Qualifier qualifier) => qualifier is Qualifier.MoreThan or Qualifier.AtLeast;
}
