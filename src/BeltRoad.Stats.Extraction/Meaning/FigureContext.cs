using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Time;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>One figure in its sentence, with what the earlier stages decided: unit, metric, date and subject label.</summary>
internal sealed record FigureContext(SentenceContext In, Mention Mention, Clause Clause, Unit Unit, MetricDefinition Metric, DatedPeriod? AsOf, string Subject)
{
    public string Text => In.Simplified;

    /// <summary>The figure's own clause, up to the figure.</summary>
    public ReadOnlySpan<char> ClauseBefore => Text.AsSpan(Clause.Start, Mention.Start - Clause.Start);

    /// <summary>The sentence up to the figure.</summary>
    public ReadOnlySpan<char> SentenceBefore => Text.AsSpan(In.Sentence.Start, Mention.Start - In.Sentence.Start);

    /// <summary>The figure's clause after it, up to the next figure.</summary>
    public ReadOnlySpan<char> ClauseAfter
    {
        get
        {
            var next = In.Figures.Where(f => f.Start >= Mention.End && f.Start < Clause.End).Select(f => f.Start).DefaultIfEmpty(Clause.End).Min();
            return Text.AsSpan(Mention.End, next - Mention.End);
        }
    }
}
