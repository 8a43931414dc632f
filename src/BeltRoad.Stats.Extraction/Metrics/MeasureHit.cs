namespace BeltRoad.Stats.Extraction.Metrics;

/// <summary>
/// Where a word of the measure catalogue stands in a sentence: [Start, End) in the document's text and the word's index in
/// <see cref="MeasureWords"/>. Every hit is a whole word within its sentence; <paramref name="WholeInText"/> says it is
/// one in the whole text too (a Latin word at the sentence's start may follow a letter of the sentence before).
/// </summary>
internal readonly record struct MeasureHit(int Start, int End, int Word, bool WholeInText);
