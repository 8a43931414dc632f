namespace BeltRoad.Stats.Extraction.Segmenting;

/// <summary>A sentence of the normalised text: [Start, End) and the headings above it.</summary>
internal sealed record Sentence(int Start, int End, string SectionPath, IReadOnlyList<Clause> Clauses)
{
    public bool Contains(int index) => index >= Start && index < End;
}
