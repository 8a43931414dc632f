using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>Figures listed together in a clause (「32万亿美元、5万亿美元」), which measures or bases listed before them map onto in order.</summary>
internal static class ListedFigures
{
    // The figures of the figure's unit in its clause, in order: those a list (「分别」) maps one to one.
    internal static List<Recognizers.Mention> SameUnitInClause(FigureContext figure)
    {
        var list = new List<Recognizers.Mention>();
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++)
        {
            var f = figures[k];
            if (f.Unit == figure.Mention.Unit && f.Start >= figure.Clause.Start && f.Start < figure.Clause.End)
            {
                list.Add(f);
            }
        }

        return list;
    }

    /// <summary>The run of figures of the figure's unit in its sentence that holds it, joined by nothing but commas, 、 and a
    /// conjunction: where it starts among the sentence's figures, how many it holds (0 where the figure is not among them),
    /// and the figure's place in it.</summary>
    internal static (int First, int Count, int Index) Run(FigureContext figure)
    {
        var text = figure.Text;
        var figures = figure.In.Figures;
        var at = -1;
        for (var k = 0; k < figures.Count; k++)
        {
            at = ReferenceEquals(figures[k], figure.Mention) || figures[k].Start == figure.Mention.Start ? k : at;
        }

        if (at < 0)
        {
            return (0, 0, 0);
        }

        var (start, end) = (at, at);
        while (start > 0 && Joined(text, figures[start - 1], figures[start], figure))
        {
            start--;
        }

        while (end + 1 < figures.Count && Joined(text, figures[end], figures[end + 1], figure))
        {
            end++;
        }

        return (start, end - start + 1, at - start);
    }

    private static bool Joined(string text, Recognizers.Mention left, Recognizers.Mention right, FigureContext figure) =>
        left.Unit == figure.Mention.Unit && right.Unit == figure.Mention.Unit && right.Start >= left.End
        && left.Start >= figure.In.Sentence.Start && right.End <= figure.In.Sentence.End
        && OnlyJoints(text.AsSpan(left.End, right.Start - left.End));

    internal static bool ListedNext(string text, int at, int step)
    {
        while (at >= 0 && at < text.Length && text[at] == ' ')
        {
            at += step;
        }

        return at >= 0 && at < text.Length && Conjunctions.IsListJoint(text[at]);
    }

    /// <summary>
    /// 「开行16300列、发送175万标箱，同比分别增长7%、9%」「…分别占同期总额的55.4%和58.4%」: percentages listed together
    /// take, in order, the amounts listed before them in the sentence as their bases.
    /// </summary>
    internal static string? RespectiveBase(FigureContext figure, IReadOnlyList<(Domain.Unit Unit, string Indicator)> earlier)
    {
        var text = figure.Text;
        if (!(ListedNext(text, figure.Mention.Start - 1, -1) || ListedNext(text, figure.Mention.End, 1)))
        {
            return null;
        }

        var list = SameUnitInClause(figure);
        var index = list.IndexOf(figure.Mention);
        var amounts = earlier.Where(e => e.Unit is not (Domain.Unit.Percent or Domain.Unit.PercentagePoints)).ToList();
        if (list.Count < 2 || index < 0 || !Listed(text, list) || amounts.Count < list.Count)
        {
            return null;
        }

        var bases = amounts.GetRange(amounts.Count - list.Count, list.Count);
        return bases.Select(b => b.Indicator).Distinct().Count() == list.Count ? bases[index].Indicator : null;
    }

    /// <summary>Nothing but a comma or 、 and a conjunction (", ", " and ", ", and ", 和) between two listed figures or names.</summary>
    internal static bool OnlyJoints(ReadOnlySpan<char> between)
    {
        var rest = between.Trim().TrimStart(',').TrimStart('，').TrimStart('、').Trim();
        return rest.IsEmpty || Conjunctions.Joins(rest);
    }

    /// <summary>Whether "and" (or a comma) is the next word from <paramref name="at"/>, forward (step 1) or back (step -1).</summary>
    internal static bool AndNext(string text, int at, int step)
    {
        var i = step > 0 ? at : at - 1;
        while (i >= 0 && i < text.Length && text[i] == ' ')
        {
            i += step;
        }

        if (i < 0 || i >= text.Length)
        {
            return false;
        }

        if (text[i] == ',')
        {
            return true;
        }

        var start = step > 0 ? i : i - 2;
        return start >= 0 && start + 3 <= text.Length && text.AsSpan(start, 3).SequenceEqual("and")
            && (start == 0 || !char.IsLetter(text[start - 1])) && (start + 3 == text.Length || !char.IsLetter(text[start + 3]));
    }

    /// <summary>English figures listed with nothing but commas and a conjunction between them.</summary>
    internal static bool JoinedOnly(string text, List<Recognizers.Mention> figures)
    {
        for (var k = 1; k < figures.Count; k++)
        {
            if (figures[k].Start < figures[k - 1].End || !OnlyJoints(text.AsSpan(figures[k - 1].End, figures[k].Start - figures[k - 1].End)))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool Listed(string text, List<Recognizers.Mention> figures) =>
        figures.Zip(figures.Skip(1)).All(p => Conjunctions.IsListJoint(text.AsSpan(p.First.End, Math.Max(0, p.Second.Start - p.First.End))));
}
