namespace BeltRoad.Stats.Domain;

/// <summary>A figure-like mention that did not become a fact, kept so the digest can show what was left out and why.</summary>
public sealed record SkippedMention(string Doc, SourceSpan Span, string Text, string Reason);
