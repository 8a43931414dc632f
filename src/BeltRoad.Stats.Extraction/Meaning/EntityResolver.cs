using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Whose figure it is (MEANING.md), first rule that applies:
/// a count of partners, members or signatories belongs to the document, initiative, alliance or event named after it in
/// its clause (「150多个国家…签署…“一带一路”合作文件」 → 一带一路); an edition count to the event series (「举办了8届…论坛」);
/// a length or speed to the thing it describes (「350公里的雅万高铁」); otherwise the actor: the first name before the figure
/// in its clause, then in the nearest earlier clause of its sentence that names one; then the 专栏 box it stands in, its
/// paragraph's topic, the document's own. Names that are partners, places or objects (「与共建国家」), counted countries
/// (「50个共建国家」), time frames (「论坛期间」) or a study's source (「世界银行预测」) are not actors, and a weak default
/// actor (中国) yields to the box's subject.
/// </summary>
internal static class EntityResolver
{
    private static readonly string[] EditionMeasures = ["届"];
    private static readonly EntityKind[] CountryKinds = [EntityKind.Country, EntityKind.CountryGroup, EntityKind.Place];
    private const int MaxListedName = 40;

    // Built once: asked for every figure (an array literal in the call would be a new array each time).
    private static readonly char[] OpeningParentheses = ['（', '('];
    private static readonly char[] ClosingParentheses = ['）', ')'];

    // Whose figure it is: the first of these that applies.
    private static readonly RuleList<EntityFacts, string?> Rules = new(
        ("partners' holder", PartnersHolder),
        ("edition's series", EditionSeries),
        ("attribute's thing", AttributesThing),
        ("listed item", static f => ListedItem(f.Figure, f.Finder)),
        ("back reference", static f => BackReference(f.Figure, f.Finder)),
        ("actor", ActorOrJoint),
        ("box", static f => f.Figure.In.HeadingName?.Name),
        ("paragraph topic", static f => f.Figure.In.ParagraphTopic?.Name),
        ("document", static f => f.Figure.In.DocumentEntity));

    /// <summary>The rules' names, in the order they are tried.</summary>
    public static IReadOnlyList<string> RuleNames => Rules.Names;

    /// <summary>The figure's entity and the rule that gave it.</summary>
    public static (string Entity, string Rule) Resolve(FigureContext figure, NameFinder finder)
    {
        var (entity, rule) = Rules.Decide(new EntityFacts(figure, finder, NamesAfter(figure)));
        return (entity!, rule);
    }

    // What the rules read: the figure, the names, and the names standing after the figure in its clause (found once).
    // Loops and static tests, not lambdas over the figure, in the rules: such a lambda costs its closure on every figure.
    private readonly record struct EntityFacts(FigureContext Figure, NameFinder Finder, List<EntityName> After);

    // A count of partners, members or signatories belongs to the document, initiative, alliance or event that holds them.
    private static string? PartnersHolder(EntityFacts f) =>
        f.Figure.Unit is Unit.Countries or Unit.Organizations or Unit.Documents
        && (First(f.After, (f.Figure.Text, f.Finder), static (n, s) => HoldsPartners(s.Text, n, s.Finder)) ?? InitiativeBefore(f.Figure, f.Finder)) is { } holder
            ? holder.Name
            : null;

    // 「举办了8届…论坛」: an edition count belongs to the event series.
    private static string? EditionSeries(EntityFacts f) =>
        f.Figure.Mention.MeasureWord is { Length: > 0 } measure && StartsWithAny(HanScript.ToSimplified(measure), EditionMeasures)
        && First(f.After, 0, static (n, _) => n.Kind is EntityKind.Event or EntityKind.Named) is { } series
            ? series.Name
            : null;

    // 「350公里的雅万高铁」: a length or speed belongs to the thing it describes, named right after it.
    private static string? AttributesThing(EntityFacts f) =>
        f.Figure.Metric.Aggregation == Aggregation.Attribute && First(f.After, f.Figure.Mention.End, static (n, end) => n.Start - end <= 2) is { } thing
            ? thing.Name
            : null;

    // The actor before the figure (a weak default actor only when no box stands around the sentence), else, 「131个共建国家
    // 的1770万家商户开通银联卡业务」, a named institution or programme after it in its clause; actors listed with 「各」 share it.
    private static string? ActorOrJoint(EntityFacts f)
    {
        var actor = Actor(f.Figure, f.Finder, weakAllowed: f.Figure.In.HeadingName is null)
            ?? First(f.After, 0, static (n, _) => n.IsCatalogued && n.Kind is EntityKind.Institution or EntityKind.Programme or EntityKind.Project or EntityKind.Enterprises);
        return actor is null ? null : Each(f.Figure, f.Finder, actor) ?? actor.Name;
    }

    /// <summary>
    /// 「国家开发银行、中国进出口银行将各设立3500亿元融资窗口」 "The China Development Bank and the Export-Import Bank of
    /// China will each set up …": one figure that each of several listed actors states is theirs together (「A、B」).
    /// </summary>
    private static string? Each(FigureContext figure, NameFinder finder, EntityName actor)
    {
        var names = figure.In.Names;
        var text = figure.Text;
        var at = ReadOnlyLists.IndexOf(names, actor);
        if (at < 0)
        {
            return null;
        }

        var last = at;
        while (last + 1 < names.Count && names[last + 1].End <= figure.Mention.Start && names[last + 1].Kind == actor.Kind
            && Conjunctions.Joins(WithoutArticle(text.AsSpan(names[last].End, names[last + 1].Start - names[last].End).Trim())))
        {
            last++;
        }

        if (last == at || !finder.EachWords.Any(text, names[last].End, figure.Mention.Start))
        {
            return null;
        }

        return string.Join("、", Enumerable.Range(at, last - at + 1).Select(k => names[k].Name));
    }

    // "and the Export-Import Bank": the article before the next name is no part of the joint.
    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> gap) =>
        gap.EndsWith(" the", StringComparison.OrdinalIgnoreCase) ? gap[..^4] : gap;

    // The names standing after the figure in its clause, in order.
    private static List<EntityName> NamesAfter(FigureContext figure)
    {
        var names = figure.In.Names;
        var after = new List<EntityName>();
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start >= figure.Mention.End && names[k].Start < figure.Clause.End)
            {
                after.Add(names[k]);
            }
        }

        return after;
    }

    // The first name the static test passes, with what it reads: no closure over the figure per call.
    private static EntityName? First<TState>(List<EntityName> names, TState state, Func<EntityName, TState, bool> test)
    {
        foreach (var n in names)
        {
            if (test(n, state))
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>
    /// 「“……”倡议（中国和中亚国家20多个科研机构发起）」: a count in parentheses after a listed document's name is its partners'.
    /// </summary>
    private static string? ListedItem(FigureContext figure, NameFinder finder)
    {
        var text = figure.Text;
        var sentence = figure.In.Sentence;
        // A figure opening its sentence (a document's first characters: 「9万列！…」) has nothing before it to be listed in.
        if (figure.Mention.Start <= sentence.Start)
        {
            return null;
        }

        var open = text.LastIndexOfAny(OpeningParentheses, figure.Mention.Start - 1, figure.Mention.Start - sentence.Start);
        if (open <= sentence.Start || text.IndexOfAny(ClosingParentheses, open, figure.Mention.Start - open) >= 0)
        {
            return null;
        }

        var item = StripListMarker(text[sentence.Start..open]).Trim();
        return item.Length is > 2 and <= MaxListedName && finder.PartnerHolders.Any(h => item.EndsWith(h, StringComparison.Ordinal)) ? item : null;
    }

    private static string StripListMarker(string line)
    {
        var close = line.IndexOfAny(ClosingParentheses);
        return line.Length > 0 && line[0] is '（' or '(' && close > 0 && close < 8 ? line[(close + 1)..] : line;
    }

    /// <summary>「该联盟」「联盟成员单位已增至…」: a bare suffix word opening the clause refers to the last name with that suffix before it.</summary>
    private static string? BackReference(FigureContext figure, NameFinder finder)
    {
        // On spans with loops: asked for every figure, and most clauses open with no anaphor and no suffix word.
        var clause = figure.Text.AsSpan(figure.Clause.Start, figure.Mention.Start - figure.Clause.Start).TrimStart();
        var anaphor = FirstStartingWith(clause, finder.Anaphora.Words) ?? "";
        var rest = clause[anaphor.Length..];
        var restStart = figure.Mention.Start - rest.Length;
        if (FirstStartingWith(rest, finder.ZhSuffixes) is not { } suffix || HasNameAt(figure.In.Names, restStart)
            || StartsWithAny(rest[suffix.Length..], finder.FrameAfter.Words))
        {
            return EnglishBackReference(figure, finder, clause);
        }

        return Referred(figure, finder, [Referent.EndingWith(suffix)]);
    }

    /// <summary>"The port now employs …", "The company plans to invest …": an article and a noun opening the clause refer
    /// back as 「该港」 does, to the last name the noun may stand for.</summary>
    private static string? EnglishBackReference(FigureContext figure, NameFinder finder, ReadOnlySpan<char> clause)
    {
        if (FirstStartingWith(clause, finder.EnglishAnaphora) is not { } article || clause.Length <= article.Length || clause[article.Length] != ' ')
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
    private static string? Referred(FigureContext figure, NameFinder finder, IReadOnlyList<Referent> refers)
    {
        var own = figure.In.DocumentEntity;
        return LastReferred(figure.In.Names, figure.Clause.Start, refers)?.Name ?? LastReferred(figure.In.PreviousNames, int.MaxValue, refers)?.Name
            ?? (Refers(own, finder.Lookup(own)?.Kind, refers) ? own : null);
    }

    // The last name ending by `end` that the anaphor may stand for.
    private static EntityName? LastReferred(IReadOnlyList<EntityName> names, int end, IReadOnlyList<Referent> refers)
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

    private static bool Refers(string name, EntityKind? kind, IReadOnlyList<Referent> refers)
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

    private static bool HasNameAt(IReadOnlyList<EntityName> names, int start)
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

    // The first actor of the figure's clause before it, else of the nearest earlier clause that has one; in an earlier
    // clause a programme launched there (「发起“丝路一家亲”行动，推动…」) is what the later figures report on.
    private static EntityName? Actor(FigureContext figure, NameFinder finder, bool weakAllowed)
    {
        var clauses = figure.In.Sentence.Clauses;
        var own = figure.In.ClauseOf(figure.Mention.Start);
        for (var c = own; c >= 0; c--)
        {
            var end = Math.Min(clauses[c].End, figure.Mention.Start);
            EntityName? programme = null;
            EntityName? first = null;
            var names = figure.In.Names;
            for (var k = 0; k < names.Count; k++)
            {
                var n = names[k];
                if (n.Start < clauses[c].Start || n.End > end)
                {
                    continue;
                }

                if (c < own && IsProgramme(n, finder) && !IsCounted(figure, n))
                {
                    programme = n;
                }

                first ??= (weakAllowed || !n.Weak) && IsActor(figure, n, finder) ? n : null;
            }

            if ((programme ?? first) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool IsProgramme(EntityName name, NameFinder finder) =>
        name.Kind is EntityKind.Programme || (name.Kind == EntityKind.Named && EndsWithAny(name.Name, finder.ProgrammeSuffixes));

    private static bool IsCounted(FigureContext figure, EntityName name) => CountedBy(figure, name) is not null;

    // The figure that counts this name: it covers it, or stands right before it in the same phrase (「50个共建国家」).
    private static Recognizers.Mention? CountedBy(FigureContext figure, EntityName name)
    {
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++)
        {
            var f = figures[k];
            if ((f.Start < name.End && name.Start < f.End) || (f.End <= name.Start && name.Start - f.End <= 1 && !char.IsPunctuation(figure.Text[f.End])))
            {
                return f;
            }
        }

        return null;
    }

    // 「共建“一带一路”合作文件」: the initiative, when its name stands before 合作文件; a named document, initiative or event.
    // "signed 200 Belt and Road cooperation documents with over 150 countries", 「共建“一带一路”合作文件已覆盖150多个国家」:
    // the initiative's documents named before the count in its clause, or as the counted noun itself, hold its partners too.
    private static EntityName? InitiativeBefore(FigureContext figure, NameFinder finder)
    {
        var names = figure.In.Names;
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.Kind == EntityKind.Initiative && n.Start >= figure.Clause.Start && n.End <= figure.Mention.End && HoldsPartners(figure.Text, n, finder))
            {
                return n;
            }
        }

        return null;
    }

    private static bool HoldsPartners(string text, EntityName name, NameFinder finder) => name.Kind switch
    {
        EntityKind.Event or EntityKind.Document => true,
        EntityKind.Initiative => StartsWithAny(text.AsSpan(name.End).TrimStart("”\" "), finder.InitiativeDocuments),
        EntityKind.Named or EntityKind.Title => EndsWithAny(name.Name, finder.PartnerHolders),
        _ => false,
    };

    // Asked for each name of each clause before a figure: a loop over the words, no copy of the text.
    /// <summary>Whether the text starts with one of the words (ordinally).</summary>
    internal static bool StartsWithAny(ReadOnlySpan<char> text, IReadOnlyList<string> words) => FirstStartingWith(text, words) is not null;

    // The first of the words (in their list's order) that the text starts with.
    private static string? FirstStartingWith(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (text.StartsWith(words[i], StringComparison.Ordinal))
            {
                return words[i];
            }
        }

        return null;
    }

    private static bool EndsWithAny(string name, IReadOnlyList<string> suffixes)
    {
        for (var i = 0; i < suffixes.Count; i++)
        {
            if (name.EndsWith(suffixes[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsActor(FigureContext figure, EntityName name, NameFinder finder)
    {
        if (name.Kind == EntityKind.Title || EndsWithAny(name.Name, finder.NotActors))
        {
            return false;
        }

        var text = figure.Text;
        var sentenceStart = figure.In.Sentence.Start;
        var before = text.AsSpan(sentenceStart, name.Start - sentenceStart);
        if (finder.ObjectMarkers.EndOf(before) is not null || (!name.IsCatalogued && finder.ModifierMarkers.EndOf(before) is not null))
        {
            return false;
        }

        var rest = text.AsSpan(name.End, Math.Min(4, figure.In.Sentence.End - name.End)).TrimStart("”》");
        if (StartsWithAny(rest, finder.FrameAfter.Words) || StartsWithAny(rest, finder.SourceAfter.Words))
        {
            return false;
        }

        // 「50个共建国家」: countries counted by a figure right before them are what is counted, not who counts; another
        // counted thing (「17家鲁班工坊」) speaks for its own clause only.
        var countedBy = CountedBy(figure, name);
        return countedBy is null || (!CountryKinds.Contains(name.Kind) && figure.In.ClauseOf(countedBy.Start) == figure.In.ClauseOf(figure.Mention.Start));
    }
}
