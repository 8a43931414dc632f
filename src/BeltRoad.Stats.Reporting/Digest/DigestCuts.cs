namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>
/// How much of each list the digest shows, as a share of the list's full cut (a section's <c>MaxRows</c>, the sources'
/// <see cref="SourcesSection.MaxListed"/> …). The digest is composed at <see cref="Levels"/>' first (every cut whole); a
/// corpus whose sections together run past <see cref="DigestWriter.MaxPages"/> is composed again at each tighter level
/// until it fits, every section still stating the cut it shows. Sums of fixed cuts could not bound the pages: the
/// development corpus's 371 documents made 63.
/// </summary>
internal sealed record DigestCuts(decimal Share)
{
    public static readonly IReadOnlyList<DigestCuts> Levels = [new(1m), new(0.75m), new(0.5m), new(0.34m), new(0.25m)];

    public static DigestCuts Full => Levels[0];

    /// <summary>The cut of a list whose full cut is <paramref name="full"/>: at least one.</summary>
    public int Of(int full) => Math.Max(1, (int)Math.Ceiling(full * Share));
}
