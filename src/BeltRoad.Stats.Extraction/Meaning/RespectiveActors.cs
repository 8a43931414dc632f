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

        var before = figure.In.Figures[first].Start;
        var listed = Listed(figure, finder, actor, before);
        if (listed.Count != count)
        {
            listed = LastRun(figure, finder, before);
        }

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

    // 「公司由中国港湾、新加坡陶氏集团、拉各斯州政府和尼日利亚港务局共同持股，持股比例分别为…」: when the sentence's subject
    // heads no list that agrees, the run of names joined only by list joints that ends last before the figures does, its
    // first name an actor (「对欧盟、香港地区分别进出口…」 lists partners, not actors).
    private static List<EntityName> LastRun(FigureContext figure, NameFinder finder, int before)
    {
        var (text, names) = (figure.Text, figure.In.Names);
        var run = new List<EntityName>();
        for (var k = names.Count - 1; k >= 0 && names[k].Start >= figure.In.Sentence.Start; k--)
        {
            var name = names[k];
            if (name.End > (run.Count == 0 ? before : run[0].Start))
            {
                continue;
            }

            var gap = run.Count == 0 ? default : text.AsSpan(name.End, run[0].Start - name.End);
            if (run.Count > 0 && gap.IsEmpty)
            {
                // 「新加坡陶氏集团」: a place written right before a name says where that one is based; the two are one.
                run[0] = run[0] with { Start = name.Start, Name = text[name.Start..run[0].End] };
                continue;
            }

            if (run.Count > 0 && !ListedFigures.OnlyJoints(Articles.WithoutLast(gap.TrimEnd())))
            {
                break;
            }

            run.Insert(0, name);
        }

        return run.Count > 1 && Actors.IsActor(figure, run[0], finder) ? run : [];
    }

    // "-based ", "-owned ": one lower-case word joined by a hyphen to the name before it.
    private static bool IsModifier(ReadOnlySpan<char> gap)
    {
        var word = gap.TrimEnd(' ');
        return word.Length > 2 && word.Length < gap.Length && word[0] == '-' && word[1..].IndexOfAnyExceptInRange('a', 'z') < 0;
    }
}
