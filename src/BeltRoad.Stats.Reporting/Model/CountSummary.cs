namespace BeltRoad.Stats.Reporting.Model;

/// <summary>An entity without a section of its own, in one line: how many facts, of which indicators.</summary>
internal sealed record CountSummary(string Entity, int Facts, int Documents, IReadOnlyList<(string Indicator, int Count)> Indicators);

/// <summary>The entities without a section: how many, with how many facts, and the ones the digest lists (the largest).</summary>
internal sealed record OtherEntities(int Count, int Facts, IReadOnlyList<CountSummary> Listed)
{
    public static OtherEntities None { get; } = new(0, 0, []);
}
