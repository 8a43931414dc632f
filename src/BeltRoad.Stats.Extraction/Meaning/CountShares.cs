using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// 「雇用柬籍员工420人，占员工总数的86%」「其中巴方员工820名，占比约81%」: a Chinese share whose clause opens with a share
/// verb (label-words.json share_wholes.verbs: 占) or a rate naming no part (share_wholes.part_rates: 「…，本地化率达82%」) names
/// no part of its own; its part is what the count in the clause right
/// before it counts. Where that clause names a measure the catalogue gives percentages (籍员工 → 本地员工占比), that is the
/// share's row, not the bare 占比 of a share of its own total.
/// </summary>
internal static class CountShares
{
    public static string? For(FigureContext figure, MeaningCatalogs catalogs)
    {
        var (text, clause, sentence) = (figure.Text, figure.Clause, figure.In.Sentence);
        var at = Blank.SkipSpaces(text, clause.Start, figure.Mention.Start);
        var index = figure.In.ClauseOf(clause.Start);
        var wholes = catalogs.Labels.Wholes;
        if (index < 1 || (wholes.Verbs.At(text, at, figure.Mention.Start) ?? wholes.PartRates.At(text, at, figure.Mention.Start)) is null)
        {
            return null;
        }

        var before = sentence.Clauses[index - 1];
        var countStart = -1;
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++) // an index loop: a foreach over the interface boxes an enumerator
        {
            if (figures[k].Start >= before.Start && figures[k].End <= before.End && IsCount(figures[k].Unit))
            {
                countStart = figures[k].Start;
            }
        }

        // The part is what that clause counts, even where its cue is the name of a kind of service (回程班列: a generic name,
        // not one a cue could stand inside of as 进出口 does in 中国进出口银行).
        return countStart < 0 ? null
            : CuedLabels.LastCue(figure.In.MeasureHits, catalogs.Metrics.Words, Domain.Unit.Percent, before.Start, countStart, []);
    }

    // People or things counted (trains too: 「回程班列开行5736列，占开行总量的43.7%」): not money, a rate, a length or a speed.
    private static bool IsCount(MentionUnit unit) => unit is MentionUnit.Persons or MentionUnit.PersonTimes or MentionUnit.Items
        or MentionUnit.Projects or MentionUnit.Organizations or MentionUnit.Other or MentionUnit.Trains;
}
