using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>A document ready for extraction: what it is, and its original decoded text (every span points into it).</summary>
public sealed record SourceDocument(DocumentInfo Info, string Text);
