namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// What the input listing accepts. <paramref name="MaxDocumentBytes"/>: a larger document is skipped with a failure
/// (and no read goes past it). <paramref name="FollowLinksOutside"/>: read symbolic links whose target lies outside the
/// input folder (off by default: a link to /etc/passwd is not a document). <paramref name="Extensions"/>: the document
/// file names, compared without case; by default every extension a format reader reads.
/// </summary>
public sealed record InputOptions(long MaxDocumentBytes, bool FollowLinksOutside, IReadOnlyList<string> Extensions)
{
    public const long DefaultMaxDocumentBytes = 200L * 1024 * 1024;

    public static InputOptions Default { get; } = new(DefaultMaxDocumentBytes, false, Formats.DocumentReaders.Default.Extensions);

    /// <summary>
    /// How large one part of a packaged document (a Word file's document.xml) may be once unpacked
    /// (<c>Inputs.MaxUnpackedMegabytes</c>); null: as large as <see cref="MaxDocumentBytes"/>.
    /// </summary>
    public long? MaxUnpackedBytes { get; init; }

    /// <summary>How long reading one document may take before it is abandoned as a failure (<c>Inputs.MaxSecondsPerDocument</c>).</summary>
    public TimeSpan TimeBudget { get; init; } = ReadLimits.DefaultTimeBudget;

    /// <summary>Every bound a document's reading is held to, from these options.</summary>
    public ReadLimits Limits => ReadLimits.For(this);

    public bool IsDocumentName(string name) => Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>A name the listing takes: a document, or a document's metadata sidecar.</summary>
    public bool IsInputName(string name) => IsDocumentName(name) || MetadataSidecar.IsSidecarName(name);
}
