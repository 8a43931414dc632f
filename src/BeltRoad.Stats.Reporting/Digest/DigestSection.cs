namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>One numbered section of the digest: its title and anchor (for the cover's contents) and how to compose it.</summary>
internal sealed record DigestSection(string Title, string Anchor, Action<DigestContext, string> Compose);
