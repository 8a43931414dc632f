namespace BeltRoad.Stats.Extraction.Segmenting;

/// <summary>A sentence of the normalised text: [Start, End), the headings above it, and where its paragraph (line) starts.</summary>
internal sealed record Sentence(int Start, int End, string SectionPath, IReadOnlyList<Clause> Clauses, int Paragraph)
{
    /// <summary>The first sentence of its paragraph: what a paragraph's date, topic and names start from.</summary>
    public bool OpensParagraph { get; init; }

    public bool Contains(int index) => index >= Start && index < End;
}
