using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// The documents of one input folder, in ordinal name order, and every entry skipped with the reason why.
/// <see cref="Sidecars"/>: the metadata sidecars (<c>NAME.meta.json</c>) found by the same rules; they are part of the
/// input (and of its fingerprint) but never documents themselves.
/// </summary>
public sealed record InputListing(IReadOnlyList<InputEntry> Entries, IReadOnlyList<RunIssue> Issues, InputOptions Options)
{
    public IReadOnlyList<InputEntry> Sidecars { get; init; } = [];

    /// <summary>The metadata sidecar of the document named <paramref name="name"/>, when the listing holds one.</summary>
    public InputEntry? SidecarOf(string name) =>
        MetadataSidecar.Candidates(name).Select(c => Sidecars.FirstOrDefault(s => s.Name == c)).FirstOrDefault(s => s is not null);
}
