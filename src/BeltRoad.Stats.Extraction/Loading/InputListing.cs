using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// The documents of one input folder, in ordinal name order, and every entry skipped with the reason why.
/// <see cref="Sidecars"/>: the metadata sidecars (<c>NAME.meta.json</c>) found by the same rules; they are part of the
/// input (and of its fingerprint) but never documents themselves.
/// </summary>
public sealed record InputListing(IReadOnlyList<InputEntry> Entries, IReadOnlyList<RunIssue> Issues, InputOptions Options)
{
    private readonly IReadOnlyList<InputEntry> _sidecars = [];

    // Indexed by name once: every document asks for its sidecar, so a scan each time is quadratic in the corpus.
    private readonly Dictionary<string, InputEntry> _sidecarsByName = new(StringComparer.Ordinal);

    public IReadOnlyList<InputEntry> Sidecars
    {
        get => _sidecars;
        init
        {
            _sidecars = value;
            _sidecarsByName = new Dictionary<string, InputEntry>(StringComparer.Ordinal);
            foreach (var sidecar in value)
            {
                _sidecarsByName.TryAdd(sidecar.Name, sidecar);
            }
        }
    }

    /// <summary>The metadata sidecar of the document named <paramref name="name"/>, when the listing holds one.</summary>
    public InputEntry? SidecarOf(string name) =>
        _sidecarsByName.Count == 0 ? null // most folders have none: no candidate names made for each of thousands of files
        : MetadataSidecar.Candidates(name).Select(c => _sidecarsByName.GetValueOrDefault(c)).FirstOrDefault(s => s is not null);
}
