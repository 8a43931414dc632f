namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>One numbered section of the digest: its title and anchor (for the contents) and how to compose it.</summary>
internal sealed record DigestSection(string Title, string Anchor, Action<DigestContext, string> Compose)
{
    /// <summary>Sub-entries the contents lists under the section (an entity's title and anchor).</summary>
    public IReadOnlyList<(string Title, string Anchor)> Entries { get; init; } = [];

    /// <summary>False for a section that may be one line (「无变化」): it follows the previous one on its page.</summary>
    public bool StartsPage { get; init; } = true;
}
