using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>Targets, pledges, forecasts and estimates: the rows the digest lists, and how many of each nature there are in all.</summary>
/// <param name="Shown">The first <see cref="Planning.HeadlineRule.OutlookRows"/> in the outlook's order (<see cref="Planning.HeadlineRule.OutlookOrder"/>).</param>
internal sealed record OutlookView(IReadOnlyList<FactView> Shown, int Count, IReadOnlyList<(Nature Nature, int Count)> ByNature)
{
    public static OutlookView None { get; } = new([], 0, []);
}
