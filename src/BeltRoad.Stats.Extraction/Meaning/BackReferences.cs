using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// 「该联盟」「联盟成员单位已增至…」 "The company plans to …": a clause opening with a bare suffix word or an English
/// article and noun refers back to the last name it may stand for, in the sentence, the paragraph or the one before,
/// else to the document's own actor.
/// </summary>
internal static class BackReferences
{
    /// <summary>
    /// 「该联盟」「联盟成员单位已增至…」: a bare suffix word opening the clause refers to the last name with that suffix before
    /// it; "The trains carried …, up 65 percent": one opening the sentence does so for its later clauses that name no one.
    /// </summary>
    internal static string? Of(FigureContext figure, NameFinder finder)
    {
        var sentenceStart = figure.In.Sentence.Start;
        return From(figure, finder, figure.Clause.Start)
            ?? (figure.Clause.Start > sentenceStart && !NameBetween(figure.In.Names, sentenceStart, figure.Mention.Start) ? From(figure, finder, sentenceStart) : null);
    }

    private static string? From(FigureContext figure, NameFinder finder, int start)
    {
        // On spans with loops: asked for every figure, and most clauses open with no anaphor and no suffix word.
        var clause = figure.Text.AsSpan(start, figure.Mention.Start - start).TrimStart();
        var anaphor = Affixes.FirstStartingWith(clause, finder.Anaphora.Words) ?? "";
        var rest = clause[anaphor.Length..];
        var restStart = figure.Mention.Start - rest.Length;
        if (Affixes.FirstStartingWith(rest, finder.ZhSuffixes) is not { } suffix || HasNameAt(figure.In.Names, restStart)
            || Affixes.StartsWithAny(rest[suffix.Length..], finder.FrameAfter.Words))
        {
            return EnglishBackReference(figure, finder, clause);
        }

        return Referred(figure, finder, [Referent.EndingWith(suffix)]);
    }

    private static bool NameBetween(IReadOnlyList<EntityName> names, int start, int end)
    {
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start >= start && names[k].Start < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The port now employs …", "The company plans to invest …": an article and a noun opening the clause refer
    /// back as 「该港」 does, to the last name the noun may stand for.</summary>
    internal static string? EnglishBackReference(FigureContext figure, NameFinder finder, ReadOnlySpan<char> clause)
    {
        if (Affixes.FirstStartingWith(clause, finder.EnglishAnaphora) is not { } article || clause.Length <= article.Length || clause[article.Length] != ' ')
        {
            return null;
        }

        var rest = clause[(article.Length + 1)..];
        foreach (var (noun, refers) in finder.EnglishBackReferences)
        {
            if (rest.StartsWith(noun, StringComparison.Ordinal) && (rest.Length == noun.Length || !char.IsAsciiLetter(rest[noun.Length])))
            {
                return HasNameAt(figure.In.Names, figure.Mention.Start - clause.Length) ? null : Referred(figure, finder, refers);
            }
        }

        return null;
    }

    // The last name before the clause, in the sentence then in the paragraphs' earlier names, that ends with one of the
    // suffixes (or is of one of the kinds, "kind:institution"); else the document's own actor when it does.
    internal static string? Referred(FigureContext figure, NameFinder finder, IReadOnlyList<Referent> refers)
    {
        var own = figure.In.DocumentEntity;
        return LastReferred(figure.In.Names, figure.Clause.Start, refers)?.Name ?? LastReferred(figure.In.PreviousNames, int.MaxValue, refers)?.Name
            ?? (Refers(own, finder.Lookup(own)?.Kind, refers) ? own : null);
    }

    // The last name ending by `end` that the anaphor may stand for.
    internal static EntityName? LastReferred(IReadOnlyList<EntityName> names, int end, IReadOnlyList<Referent> refers)
    {
        for (var k = names.Count - 1; k >= 0; k--)
        {
            if (names[k].End <= end && Refers(names[k].Name, names[k].Kind, refers))
            {
                return names[k];
            }
        }

        return null;
    }

    internal static bool Refers(string name, EntityKind? kind, IReadOnlyList<Referent> refers)
    {
        foreach (var r in refers)
        {
            if (r.Matches(name, kind))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasNameAt(IReadOnlyList<EntityName> names, int start)
    {
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start == start)
            {
                return true;
            }
        }

        return false;
    }
}
