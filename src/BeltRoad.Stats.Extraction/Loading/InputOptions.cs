namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// What the input listing accepts. <paramref name="MaxDocumentBytes"/>: a larger document is skipped with a failure
/// (and no read goes past it). <paramref name="FollowLinksOutside"/>: read symbolic links whose target lies outside the
/// input folder (off by default: a link to /etc/passwd is not a document). <paramref name="Extensions"/>: the document
/// file names, compared without case.
/// </summary>
public sealed record InputOptions(long MaxDocumentBytes, bool FollowLinksOutside, IReadOnlyList<string> Extensions)
{
    public const long DefaultMaxDocumentBytes = 200L * 1024 * 1024;

    public static InputOptions Default { get; } = new(DefaultMaxDocumentBytes, false, [".txt", ".md"]);

    public bool IsDocumentName(string name) => Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
