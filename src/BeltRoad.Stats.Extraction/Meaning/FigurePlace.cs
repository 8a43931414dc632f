using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Where a figure stands, on the one coordinate system of the normalised text (its simplified copy has the same
/// indices): its sentence with everything found there, its clause, and its unit. Metric, subject and the meaning
/// resolvers all start from this.
/// </summary>
internal sealed record FigurePlace(SentenceContext In, Mention Mention, Clause Clause, Unit Unit)
{
    public string Text => In.Simplified;

    public Sentence Sentence => In.Sentence;

    /// <summary>End of the numeral: cue words may follow it inside the figure (「21个自贸协定」).</summary>
    public int NumberEnd => Mention.NumberStart + Mention.NumberLength;

    /// <summary>The other figures of the sentence, in order.</summary>
    public IEnumerable<Mention> OtherFigures => In.Figures.Where(m => m != Mention);
}
