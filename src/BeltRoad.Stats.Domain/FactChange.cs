namespace BeltRoad.Stats.Domain;

public enum FactChangeKind
{
    Added,
    Removed,

    /// <summary>Same metric, subject and date, new value.</summary>
    Changed,
}

/// <summary>How a fact differs from the previous run's table. <see cref="Before"/> is null for additions, <see cref="After"/> for removals.</summary>
public sealed record FactChange(FactChangeKind Kind, FactKey Key, Fact? Before, Fact? After);
