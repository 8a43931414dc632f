namespace BeltRoad.Stats.Domain;

/// <summary>
/// A figure-like mention that did not become a fact, kept so the digest can show what was left out and why. A value
/// held inline in its list: a large corpus skips hundreds of thousands, and as objects each was one more for every
/// collection to trace while the table lived (a cached run decodes them all at once).
/// </summary>
public readonly record struct SkippedMention(string Doc, SourceSpan Span, string Text, string Reason);
