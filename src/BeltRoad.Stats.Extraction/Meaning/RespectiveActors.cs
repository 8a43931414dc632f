using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "Africa and Central Asia were the top destinations, with $39 billion and $25 billion respectively", 「西安、成都分别开行
/// 4000列、3000列」, "CHEC, Singapore-based Tolaram Group and the NPA hold 52.5, 22.5 and 5 per cent respectively": actors
/// listed before a respectively word's list of figures of one unit take those figures in order, when the counts agree.
/// </summary>
internal static class RespectiveActors
{
    /// <summary>The actor listed in the place the figure holds in its list; null where no such pairing is stated.</summary>
    internal static string? Of(FigureContext figure, NameFinder finder, WordList respectively)
    {
        var (text, sentence) = (figure.Text, figure.In.Sentence);
        if (!respectively.Any(text, sentence.Start, sentence.End))
        {
            return null;
        }

        var (first, count, index) = ListedFigures.Run(figure);
        if (count < 2 || Actors.Find(figure, finder, weakAllowed: true) is not { } actor)
        {
            return null;
        }

        var listed = Listed(figure, finder, actor, figure.In.Figures[first].Start);
        return listed.Count == count ? listed[index].Name : null;
    }

    // The actor and the names listed after it (the list joint 「、」 makes no object of them) and before it, before the first
    // figure of the run; "Singapore-based Tolaram Group": a place joined by a hyphened word to the name after it only says where that one is based.
    private static List<EntityName> Listed(FigureContext figure, NameFinder finder, EntityName actor, int before)
    {
        var text = figure.Text;
        var names = figure.In.Names;
        var listed = new List<EntityName> { actor };
        var at = ReadOnlyLists.IndexOf(names, actor);
        for (var k = at + 1; at >= 0 && k < names.Count && names[k].End <= before; k++)
        {
            var (last, next) = (listed[^1], names[k]);
            if (next.Start < last.End)
            {
                continue;
            }

            var gap = text.AsSpan(last.End, next.Start - last.End);
            if (IsModifier(gap))
            {
                listed[^1] = next;
                continue;
            }

            if (!ListedFigures.OnlyJoints(Articles.WithoutLast(gap.TrimEnd())) || Actors.IsCounted(figure, next))
            {
                break;
            }

            listed.Add(next);
        }

        // "CHEC, Singapore-based Tolaram Group, the Lagos State Government and the NPA hold …": an English list runs over
        // commas, which end clauses; the actor found is the first of its own clause, and the acting names listed before it lead.
        var left = actor.Start;
        for (var k = at - 1; k >= 0 && names[k].Start >= figure.In.Sentence.Start; k--)
        {
            var previous = names[k];
            if (previous.End > left)
            {
                continue;
            }

            var gap = text.AsSpan(previous.End, left - previous.End);
            if (IsModifier(gap))
            {
                left = previous.Start;
                continue;
            }

            if (!ListedFigures.OnlyJoints(Articles.WithoutLast(gap.TrimEnd())) || !Actors.IsActor(figure, previous, finder))
            {
                break;
            }

            listed.Insert(0, previous);
            left = previous.Start;
        }

        return listed;
    }

    // "-based ", "-owned ": one lower-case word joined by a hyphen to the name before it.
    private static bool IsModifier(ReadOnlySpan<char> gap)
    {
        var word = gap.TrimEnd(' ');
        return word.Length > 2 && word.Length < gap.Length && word[0] == '-' && word[1..].IndexOfAnyExceptInRange('a', 'z') < 0;
    }
}
