namespace BeltRoad.Stats.Recognizers;

/// <summary>How the written figure relates to the true value. Never dropped: 150多 is MoreThan 150.</summary>
public enum MentionQualifier
{
    Exact,
    Approx,
    Nearly,
    MoreThan,
    AtLeast,
    UpTo,
    Range,
}
