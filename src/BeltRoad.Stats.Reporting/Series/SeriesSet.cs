using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Series;

/// <summary>
/// The run's series (<see cref="SeriesBuilder"/>), most documented first, and the thresholds and tiers, which are no point of any.
/// </summary>
internal sealed record SeriesSet(IReadOnlyList<SeriesView> Series, IReadOnlyList<FactView> Tiers)
{
    public static SeriesSet Empty { get; } = new([], []);

    /// <summary>The series a time-series chart can draw: two dates or more.</summary>
    public IEnumerable<SeriesView> Drawable => Series.Where(s => s.DateCount >= 2);
}
