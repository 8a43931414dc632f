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
