using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Extraction.Time;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>One figure in its place, with what the earlier stages decided: metric, date and subject label.</summary>
internal sealed record FigureContext(FigurePlace Place, MetricDefinition Metric, DatedPeriod? AsOf, string Subject)
{
    public SentenceContext In => Place.In;

    public Mention Mention => Place.Mention;

    public Clause Clause => Place.Clause;

    public Unit Unit => Place.Unit;

    public string Text => In.Simplified;

    /// <summary>The figure's own clause, up to the figure.</summary>
    public ReadOnlySpan<char> ClauseBefore => Text.AsSpan(Clause.Start, Mention.Start - Clause.Start);

    /// <summary>
    /// Whether the figure is the earlier value its sentence compares another with: one of <paramref name="comparisonWords"/>
    /// (label-words.json comparison_words) right before it in its clause, or one word with no digit between ("compared
    /// with US$78.3 billion in 2022", "up from just 4.2 million").
    /// </summary>
    public bool IsComparedBase(WordList comparisonWords)
    {
        var before = ClauseBefore.TrimEnd();
        if (comparisonWords.EndOf(before) is not null)
        {
            return true;
        }

        var space = before.LastIndexOf(' ');
        return space >= 0 && !before[(space + 1)..].ContainsAnyInRange('0', '9') && comparisonWords.EndOf(before[..space]) is not null;
    }

    /// <summary>The sentence up to the figure.</summary>
    public ReadOnlySpan<char> SentenceBefore => Text.AsSpan(In.Sentence.Start, Mention.Start - In.Sentence.Start);

    /// <summary>Where the last figure before this one in its sentence ends; the sentence's start where none does.</summary>
    public int PreviousFigureEnd
    {
        get
        {
            var end = In.Sentence.Start;
            var figures = In.Figures;
            for (var k = 0; k < figures.Count; k++) // an index loop: a foreach over the interface boxes an enumerator
            {
                if (figures[k].End <= Mention.Start)
                {
                    end = Math.Max(end, figures[k].End);
                }
            }

            return end;
        }
    }

    /// <summary>
    /// Where the last figure before this one in its sentence ends, percentages aside ("Metals and mining engagement rose 72
    /// percent to $10.1 billion": the rate is said of the subject the amount has too); the sentence's start where none does.
    /// </summary>
    public int PreviousAmountEnd
    {
        get
        {
            var end = In.Sentence.Start;
            var figures = In.Figures;
            for (var k = 0; k < figures.Count; k++)
            {
                if (figures[k].End <= Mention.Start && figures[k].Unit is not (MentionUnit.Percent or MentionUnit.PercentagePoints))
                {
                    end = Math.Max(end, figures[k].End);
                }
            }

            return end;
        }
    }

    /// <summary>
    /// The figure's clause after it, up to the next figure; across figures listed with it (「150多个国家、30多个国际组织签署…」),
    /// which share the predicate after the last of them.
    /// </summary>
    public ReadOnlySpan<char> ClauseAfter
    {
        get
        {
            var end = Mention.End;
            var figures = In.Figures;
            for (var k = 0; k < figures.Count; k++) // an index loop: a foreach over the interface boxes an enumerator
            {
                var next = figures[k];
                if (next.Start < Mention.End || next.Start >= Clause.End)
                {
                    continue;
                }

                if (!Conjunctions.Joins(Text.AsSpan(end, next.Start - end)))
                {
                    return Text.AsSpan(Mention.End, next.Start - Mention.End);
                }

                end = next.End;
            }

            return Text.AsSpan(Mention.End, Clause.End - Mention.End);
        }
    }
}
