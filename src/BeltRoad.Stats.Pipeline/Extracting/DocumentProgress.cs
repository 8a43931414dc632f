namespace BeltRoad.Stats.Pipeline;

/// <summary>How far a run's extraction has come: documents done of the total, at what rate, and when it should end.</summary>
public sealed record DocumentProgress(int Done, int Total, TimeSpan Elapsed)
{
    /// <summary>Documents per second so far (0 before the first is done).</summary>
    public double Rate => Done == 0 || Elapsed <= TimeSpan.Zero ? 0 : Done / Elapsed.TotalSeconds;

    /// <summary>The time left at the rate so far; null until there is a rate.</summary>
    public TimeSpan? Remaining => Rate > 0 ? TimeSpan.FromSeconds((Total - Done) / Rate) : null;

    /// <summary>One line for a person: "1,200/4,911 documents, 350/s, ETA 11 s".</summary>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Done:N0}/{Total:N0} documents, {Rate:F0}/s, ETA {(Remaining is { } left ? $"{Math.Ceiling(left.TotalSeconds):F0} s" : "–")}");
}
