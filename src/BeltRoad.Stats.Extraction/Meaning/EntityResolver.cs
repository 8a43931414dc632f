using System.Buffers;
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
    private const int MaxListedName = 40;

    // Built once: asked for every figure (an array literal in the call would be a new array each time).
    private static readonly char[] OpeningParentheses = ['（', '('];
    private static readonly char[] ClosingParentheses = ['）', ')'];
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，,、；;：:。（）()");

    // Whose figure it is: the first of these that applies.
    private static readonly RuleList<EntityFacts, string?> Rules = new(
        ("partners' holder", PartnersHolder),
        ("edition's series", EditionSeries),
        ("attribute's thing", AttributesThing),
        ("listed item", static f => ListedItem(f.Figure, f.Finder)),
        ("fund's capital", FundsCapital),
        ("project's segment", static f => Segments.Of(f.Figure, f.Finder)),
        ("swap line", static f => f.Finder.SwapLines.Of(f.Figure, f.Finder)),
        ("trade China's customs count", static f => ChinasCustoms.Of(f.Figure, f.Finder)),
        ("bilateral pair", static f => f.Finder.Pairs.Pair(f.Figure)?.First ?? BetweenPair(f)),
        ("China's bilateral trade", ChinasBilateral),
        ("creditor's loans", static f => Creditors.Of(f.Figure, f.Finder)),
        ("loan's terms", static f => LoanTerms.Of(f.Figure, f.Finder)),
        ("amount's source", static f => AmountSources.Of(f.Figure, f.Finder)),
        ("issuer's self-reference", static f => BackReferences.Issuer(f.Figure, f.Finder)),
        ("region's self-reference", RegionsSelfReference),
        ("port of transit", static f => TransitPort(f.Figure, f.Finder)),
        ("country of transit", static f => TransitCountry.Of(f.Figure, f.Finder)),
        ("hub's service", HubsService),
        ("back reference", static f => PortsTrains(f, BackReferences.Of(f.Figure, f.Finder))),
        ("respective actor", static f => RespectiveActors.Of(f.Figure, f.Finder, f.Respectively)),
        ("owner a table's caption names", static f => CaptionOwner.Of(f.Figure, f.Finder)),
        ("China's whole", ChinasWhole),
        ("part after with", static f => f.Figure.Unit == Unit.Percent ? PartAfterWith.Of(f.Figure, f.Finder) : null),
        ("stake's holder", StakesHolder),
        ("rate of its amount", RatesAmount),
        ("initiative's money", InitiativesMoney),
        ("actor", ActorOrJoint),
        ("box", static f => f.Figure.In.HeadingName?.Name),
        ("paragraph topic", static f => EventsMoney(f, PortsTrains(f, f.Figure.In.ParagraphTopic?.Name))),
        ("counted programme", CountedProgramme),
        ("document", static f => EventsMoney(f, f.Figure.In.DocumentEntity)));

    /// <summary>The rules' names, in the order they are tried.</summary>
    public static IReadOnlyList<string> RuleNames => Rules.Names;

    /// <summary>The figure's entity and the rule that gave it.</summary>
    public static (string Entity, string Rule) Resolve(FigureContext figure, NameFinder finder, WordList comparisonWords, WordList respectively, WordList parts, WordList partWords)
    {
        var (entity, rule) = Rules.Decide(new EntityFacts(figure, finder, comparisonWords, respectively, NamesAfter(figure), parts, partWords));
        return (RegionsEnterprises(figure, finder, entity!) ?? CountedPartners(figure, finder, entity!) ?? InitiativesEngagement(figure, finder, entity!) ?? entity!, rule);
    }

    // "BRI finance and investment picked up in 2023, with about 212 deals worth USD92.4 billion", "it made up about 42 percent of
    // BRI engagement in 2024, against 53 percent in 2023": a count or share whose owner would be the initiative, in a sentence
    // naming the initiative's money (its name right before a word of entity-names.json initiative_money: engagement, finance,
    // investment), measures China's engagement under it (MEANING.md: Chinese investment → 中国), as an amount does (`initiative's
    // money`); a count of countries still counts the initiative's partners.
    private static string? InitiativesEngagement(FigureContext figure, NameFinder finder, string entity)
    {
        if (entity != finder.Initiative || figure.Unit == Unit.Countries)
        {
            return null;
        }

        var (text, sentence) = (figure.Text, figure.In.Sentence);
        foreach (var n in figure.In.Names)
        {
            if (n.Kind == EntityKind.Initiative && n.Start >= sentence.Start && n.End <= sentence.End
                && finder.InitiativeMoney.At(text, Blank.SkipSpaces(text, n.End, sentence.End), sentence.End) is not null)
            {
                return finder.DefaultActor;
            }
        }

        return null;
    }

    // "the number of Belt and Road countries jumped from 75 to 117", "We count as BRI countries the 149 countries that …":
    // a count of countries whose owner would be the initiative's partner group itself counts the initiative's partners
    // (MEANING.md: the counted thing is not the entity; 150多个国家签署合作文件 → 一带一路), entity-names.json initiative_partners.
    private static string? CountedPartners(FigureContext figure, NameFinder finder, string entity)
    {
        if (figure.Unit != Unit.Countries || finder.Initiative is not { } initiative)
        {
            return null;
        }

        foreach (var group in finder.InitiativePartners)
        {
            if (group == entity)
            {
                return initiative;
            }
        }

        return null;
    }

    // 「从经营主体看，民营企业对共建国家进出口1570.8亿元」 in 郑州海关's release on 河南省, "Private enterprises played a leading role,
    // with their imports and exports reaching …" in an item on Xinjiang's trade: a group of enterprises catalogued as the
    // country's (中国民营企业) but written bare (entity-names.json regional_enterprises: 民营企业, "private enterprises"), in a document
    // whose own actor is a province or a place, is that region's group (河南民营企业); a national release's stays the
    // country's, and so does the group written after a country's name or a national word (「同期，我国民营企业进出口增长6%」,
    // 「全国民营企业」: entity-names.json regional_enterprises_national) in the province's release.
    private static string? RegionsEnterprises(FigureContext figure, NameFinder finder, string entity)
    {
        if (finder.RegionalEnterprises(entity) is not { } group || finder.Lookup(figure.In.DocumentEntity) is not { Kind: EntityKind.Region or EntityKind.Place })
        {
            return null;
        }

        var (text, sentence) = (figure.Text, figure.In.Sentence);
        foreach (var n in figure.In.Names)
        {
            if (n.Name == entity && n.Start >= sentence.Start && group.IsBare(text.AsSpan(n.Start, n.End - n.Start)) && !NationalGroup(figure, finder, n))
            {
                return string.Concat(figure.In.DocumentEntity, group.Name);
            }
        }

        return null;
    }

    // A bare group right after a country's name (我国, China's) or a national word (全国, "nationwide") is the country's.
    private static bool NationalGroup(FigureContext figure, NameFinder finder, EntityName group)
    {
        var before = figure.Text.AsSpan(figure.In.Sentence.Start, group.Start - figure.In.Sentence.Start).TrimEnd();
        if (finder.NationalBefore.EndOf(before) is not null)
        {
            return true;
        }

        foreach (var n in figure.In.Names)
        {
            if (n.End <= group.Start && n.Kind == EntityKind.Country && figure.Text.AsSpan(n.End, group.Start - n.End).Trim() is var between
                && (between.IsEmpty || between is "的" || Affixes.IsOneOf(between, finder.Possessives)))
            {
                return true;
            }
        }

        return false;
    }

    // What the rules read: the figure, the names, and the names standing after the figure in its clause (found once).
    // Loops and static tests, not lambdas over the figure, in the rules: such a lambda costs its closure on every figure.
    private readonly record struct EntityFacts(FigureContext Figure, NameFinder Finder, WordList ComparisonWords, WordList Respectively, List<EntityName> After, WordList PartNouns, WordList PartWords);

    // A count of partners, members or signatories belongs to the document, initiative, alliance or event that holds them;
    // "180 cooperation documents had been signed by China with 149 countries": the initiative's documents, unnamed, are its.
    private static string? PartnersHolder(EntityFacts f) =>
        f.Figure.Unit is Unit.Countries or Unit.Organizations or Unit.Documents
            ? (First(f.After, (f.Figure.Text, f.Finder), static (n, s) => HoldsPartners(s.Text, n, s.Finder)) ?? InitiativeBefore(f.Figure, f.Finder))?.Name
                ?? (InitiativeDocumentsIn(f.Figure, f.Finder) ? (SignedByTwo(f.Figure, f.Finder) ? f.Finder.DefaultActor : f.Finder.Initiative) : null)
            : null;

    // 「两国签署了27项合作文件」 "the two sides signed 20 cooperation documents": documents two parties signed, the signers
    // (entity-names.json bilateral_signers) the subject right before the signing verb (signing_verbs) and the count, are
    // bilateral, China's with one partner, not the initiative's — where the paragraph names China as one of the two.
    private static bool SignedByTwo(FigureContext figure, NameFinder finder)
    {
        var before = figure.ClauseBefore.TrimEnd();
        if (figure.Unit != Unit.Documents || finder.SigningVerbs.EndOf(before) is not { } verb
            || finder.BilateralSigners.EndOf(before[..^verb.Length]) is null)
        {
            return false;
        }

        return ChinaOneOfTwo(figure, finder);
    }

    // The figure's paragraph names China, and no two other countries before the figure (「哈萨克斯坦…乌兹别克斯坦…两国」).
    private static bool ChinaOneOfTwo(FigureContext figure, NameFinder finder)
    {
        var text = figure.Text;
        var start = text.LastIndexOf('\n', Math.Max(0, figure.Mention.Start - 1)) + 1;
        var end = text.IndexOf('\n', figure.Mention.End) is var e and >= 0 ? e : text.Length;
        var (china, others) = (false, new HashSet<string>());
        foreach (var name in finder.Find(text, start, end))
        {
            if (name.IsCatalogued && name.Name == finder.DefaultActor)
            {
                china = true;
            }
            else if (name.IsCatalogued && name.Kind == EntityKind.Country && name.End <= figure.Mention.Start)
            {
                others.Add(name.Name);
            }
        }

        return china && others.Count < 2;
    }

    // 「巴西是中国在葡语国家中最大的贸易伙伴，去年双边贸易额1881.7亿美元」, "China was Egypt's largest trading partner, with
    // bilateral trade of $15.8 billion", "China has been the largest trading partner of Arab states. Trade between the two sides
    // …": bilateral trade (entity-names.json bilateral_words) of a pair the sentence, or the one before, calls trading partners
    // (partner_words) with China named there is China's trade with that partner (MEANING.md: 中国), not the partner's or the
    // outlet's region's; an actor of the figure's own clause before it ("Egypt's bilateral trade with …") still acts.
    private static string? ChinasBilateral(EntityFacts f)
    {
        var figure = f.Figure;
        var (text, sentence, finder) = (figure.Text, figure.In.Sentence, f.Finder);
        if (!(figure.Unit.IsCurrency() || figure.Unit == Unit.Percent) || !finder.BilateralWords.Any(text, figure.Clause.Start, figure.Mention.Start)
            || BackReferences.NameBetween(figure.In.Names, figure.Clause.Start, figure.Mention.Start))
        {
            return null;
        }

        var from = figure.In.Before is { } before && before.Paragraph == sentence.Paragraph ? before.Start : sentence.Start;
        if (!finder.PartnerWords.Any(text, from, figure.Mention.Start))
        {
            return null;
        }

        foreach (var names in (ReadOnlySpan<IReadOnlyList<EntityName>>)[figure.In.Names, figure.In.PreviousNames])
        {
            foreach (var n in names)
            {
                if (n.Start >= from && n.End <= figure.Mention.Start && n.IsCatalogued && n.Name == finder.DefaultActor)
                {
                    return n.Name;
                }
            }
        }

        return null;
    }

    // "Trade between China and Africa reached USD92.4 billion", "trade between Uzbekistan and China": an amount whose clause
    // names two catalogued parties after a pair opener (entity-names.json pair_openers), joined by "and", is the first party's,
    // as 「中非贸易额」 is; the first a country or group (trains "between Kunming and Vientiane" run a route: a count, no pair's
    // amount). A rate of such an amount reads it through `rate of its amount`.
    private static string? BetweenPair(EntityFacts f)
    {
        if (!f.Figure.Unit.IsCurrency())
        {
            return null;
        }

        var (names, text, clause) = (f.Figure.In.Names, f.Figure.Text, f.Figure.Clause);
        for (var k = 0; k + 1 < names.Count; k++)
        {
            var (first, second) = (names[k], names[k + 1]);
            if (first.Start < clause.Start || second.End > f.Figure.Mention.Start || !first.IsCatalogued || !second.IsCatalogued
                || first.Kind is not (EntityKind.Country or EntityKind.CountryGroup))
            {
                continue;
            }

            var gap = Articles.WithoutLast(text.AsSpan(first.End, second.Start - first.End).TrimEnd()).Trim();
            if (f.Finder.IsListJoiner(gap) && f.Finder.PairOpeners.EndOf(Articles.WithoutLast(text.AsSpan(clause.Start, first.Start - clause.Start).TrimEnd())) is not null)
            {
                return first.Name;
            }
        }

        return null;
    }

    // 「中远海运以3.685亿欧元收购比雷埃夫斯港务局67%的股权」「…完成对比雷埃夫斯港港务局51%股权的收购」: a percentage of a
    // company's equity (entity-names.json stake_words right after it, 的 between allowed) in a clause holding an acquiring or
    // holding verb (stake_verbs) is the stake of the clause's first name, which acquires or holds it, not of the company it is
    // in (the name right before the figure). With one name only, the actor rule decides.
    private static string? StakesHolder(EntityFacts f)
    {
        var (figure, finder) = (f.Figure, f.Finder);
        if (figure.Unit != Unit.Percent)
        {
            return null;
        }

        var (text, clause) = (figure.Text, figure.Clause);
        var after = Blank.SkipSpaces(text, figure.Mention.End, clause.End);
        after += after < clause.End && text[after] == '的' ? 1 : 0;
        if (Affixes.FirstStartingWith(text.AsSpan(after, clause.End - after), finder.StakeWords) is null
            || !finder.StakeVerbs.Any(text, clause.Start, clause.End))
        {
            return null;
        }

        EntityName? first = null;
        var before = 0;
        foreach (var n in figure.In.Names)
        {
            if (n.Start >= clause.Start && n.End <= figure.Mention.Start)
            {
                first ??= n;
                before++;
            }
        }

        return before >= 2 ? first!.Name : null;
    }

    // "an additional RMB 80 billion will be injected into the Silk Road Fund", 「向丝路基金新增资金1000亿元」: an amount put
    // into a fund, named in the figure's clause after a capital marker, is the fund's new capital.
    private static string? FundsCapital(EntityFacts f)
    {
        if (!f.Figure.Unit.IsCurrency())
        {
            return null;
        }

        var names = f.Figure.In.Names;
        var text = f.Figure.Text;
        var clause = f.Figure.Clause;
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.Start >= clause.Start && n.End <= clause.End && Affixes.EndsWithAny(n.Name, f.Finder.CapitalHolders)
                && f.Finder.CapitalMarkers.EndOf(Articles.WithoutLast(text.AsSpan(clause.Start, n.Start - clause.Start).TrimEnd())) is not null)
            {
                return n.Name;
            }
        }

        // "add another 100 billion yuan to the fund", "contribute $40 billion to set up the fund": a capital marker before an
        // article and a noun referring back to a fund.
        foreach (var (_, end) in f.Finder.CapitalMarkers.Find(text, clause.Start, clause.End))
        {
            if (BackReferences.ReferredAt(f.Figure, f.Finder, end) is { } fund && Affixes.EndsWithAny(fund, f.Finder.CapitalHolders))
            {
                return fund;
            }
        }

        return null;
    }

    // 「2018年，中孟双边贸易额达187.4亿美元，同比增长16.4%」 "the bank's outstanding loans … stood at USD105.9 billion, 34 percent of
    // its total", "completed more than 4,000 trips …, more than one fourth of the national total": a rate of change or a share
    // stated after an amount of its sentence, with no actor between them, is that amount's rate, so whose figure the amount
    // is (a rate after a rate reads back to the amount through it); so is the amount a figure is compared with ("the port
    // handled 1.08 million TEUs …, up from 1.01 million TEUs a year earlier": label-words.json comparison_words right
    // before it, one word such as "about" between, as the indicator reads it).
    private static string? RatesAmount(EntityFacts f)
    {
        var figure = f.Figure;
        var part = IsPartOfThem(figure, f.PartWords);
        var compared = figure.Unit is not (Unit.Percent or Unit.PercentagePoints) && !part && figure.IsComparedBase(f.ComparisonWords);
        if (figure.Unit is not (Unit.Percent or Unit.PercentagePoints) && !compared && !part)
        {
            return null;
        }

        var figures = figure.In.Figures;
        for (var k = figures.Count - 1; k >= 0; k--)
        {
            var amount = figures[k];
            if (amount.End > figure.Mention.Start || amount.Start < figure.In.Sentence.Start || amount.Unit.ToUnit() is not { } unit
                || ((part || compared) && unit != figure.Unit))
            {
                continue;
            }

            // "36 inbound trains have arrived … from Russia, Belarus and Central Asia, compared with 19 for the whole of last
            // year": a compared base set off in a clause of its own is the compared figure's, whatever the names between
            // (origins, objects) in the clauses before; an actor of its own clause still owns it.
            if (ActorBetween(figure, f.Finder, compared && figure.In.ClauseOf(amount.Start) != figure.In.ClauseOf(figure.Mention.Start) ? figure.Clause.Start : amount.End))
            {
                return null;
            }

            var clause = figure.In.Sentence.Clauses[figure.In.ClauseOf(amount.Start)];
            return Resolve(figure with { Place = new FigurePlace(figure.In, amount, clause, unit) }, f.Finder, f.ComparisonWords, f.Respectively, f.PartNouns, f.PartWords).Entity;
        }

        return null;
    }

    // "has tracked 1,814 Belt and Road projects, and it says 270 of them …", "120 resident companies, 55 of them from China": a
    // count right before one of label-words.json part_words counts part of the last figure of its unit before it, whose it is.
    private static bool IsPartOfThem(FigureContext figure, WordList partWords)
    {
        var at = Blank.SkipSpaces(figure.Text, figure.Mention.End, figure.Clause.End);
        return figure.Unit is not (Unit.Percent or Unit.PercentagePoints) && partWords.At(figure.Text, at, figure.Clause.End) is not null;
    }

    // A name that may act between the amount and its rate (「占同期我国…总值的21.2%」: the whole's owner, after 占, does not).
    private static bool ActorBetween(FigureContext figure, NameFinder finder, int start)
    {
        var names = figure.In.Names;
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start < figure.Mention.Start && names[k].End > start && Actors.IsActor(figure, names[k], finder))
            {
                return true;
            }
        }

        return false;
    }

    // 「全市在沿线国家新签对外承包工程合同额9.04亿美元」「共建国家在我省新设外商投资企业856家」 on a municipal or provincial
    // department's page: a sentence speaking of the region as its own (region_self_references) before the figure gives the
    // region's figures, whatever partner, investor or breakdown it names between; the region is the one the document names
    // in its title (or site name) or a line before its first figure, under a headline naming no actor.
    private static string? RegionsSelfReference(EntityFacts f)
    {
        if (f.Figure.In.SelfRegion is not { } region)
        {
            return null;
        }

        var before = f.Figure.Text.AsSpan(f.Figure.In.Sentence.Start, f.Figure.Mention.Start - f.Figure.In.Sentence.Start);
        return f.Finder.RefersToOwnRegion(before) ? region : null;
    }

    // 「经满洲里口岸进出境的中欧班列达951列」 "more than 6,000 China-Europe freight train trips had passed through the Horgos
    // Port", "48 routes run through the port", "goods … left the country on trains via the port": trains, routes or goods
    // counted as passing a port (a transit marker, then a port: a name a port word follows, or "the port" referring back to
    // one) in the figure's sentence before it or in its own clause are the port's, not the programme's.
    internal static string? TransitPort(FigureContext figure, NameFinder finder)
    {
        var text = figure.Text;
        var end = figure.Clause.End;
        foreach (var (at, markerEnd) in finder.TransitMarkers.Find(text, figure.In.Sentence.Start, end))
        {
            var from = markerEnd;
            var rest = text.AsSpan(from, end - from);
            var trimmed = rest.TrimStart(' ');
            // "through the port", "via this land port": an article (en_anaphora) before a back-referred port noun, or before
            // a name ("the Horgos Port").
            // 「经该口岸出口商品车30.4万辆」: a Chinese anaphor (entity-names.json anaphora) before the port word, no space.
            var article = Affixes.FirstStartingWith(trimmed, finder.EnglishAnaphora) is { } a && trimmed.Length > a.Length && trimmed[a.Length] == ' ' ? a.Length + 1
                : finder.Anaphora.At(text, end - trimmed.Length, end) is { } zh && HanText.Is(zh[0]) ? zh.Length : 0;
            var start = end - trimmed.Length + article;
            if (BackReferences.NameAt(figure.In.Names, start) is { } name && (finder.PortAfter(text, name) ?? BarePort(text, name, finder)) is { } word)
            {
                return PortName(name, word);
            }

            if (article > 0 && PortNoun(trimmed[article..], finder)
                && BackReferences.Last(figure, figure.Mention.Start, static (n, s) => s.Finder.PortAfter(s.Text, n) is not null, (Finder: finder, Text: text)) is { } port)
            {
                return PortName(port, finder.PortAfter(text, port)!);
            }
        }

        return null;
    }

    // 「经阿拉山口通行的中欧班列」 "trains via Alashankou": a place the catalogue knows as a port, written bare, is the port (its
    // name as written: no port word to add); one of a list (「经阿拉山口、霍尔果斯两个口岸」) is none alone.
    private static string? BarePort(string text, EntityName name, NameFinder finder) =>
        finder.IsCataloguedPort(name) && !(name.End < text.Length && Conjunctions.IsListJoint(text[name.End])) ? "" : null;

    // "port", "land port", "railway port" (port_words) as a whole English word; 「口岸」「港」 as the text goes on.
    private static bool PortNoun(ReadOnlySpan<char> text, NameFinder finder)
    {
        foreach (var word in finder.PortWords)
        {
            if (char.IsAsciiLetter(word[0])
                ? text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsAsciiLetter(text[word.Length]))
                : text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // 「满洲里铁路口岸」: a name read by its suffix keeps the port word it stands before; a catalogued one is its canonical name.
    internal static string PortName(EntityName name, string word) =>
        name.IsCatalogued || word.Length == 0 || char.IsAsciiLetter(word[0]) ? name.Name : name.Name + word;

    // 「石家庄国际陆港2024年…综述」 then 「全年开行中欧（中亚）班列826列，同比增长12.4%；发运标箱8.3万标箱」: on a hub's page (the
    // document's own actor a catalogued place), a programme or a kind of service that opens its sentence as the object of a
    // verb of running (entity-names.json running_verbs), no name before it, is what the hub runs: the sentence's figures after
    // it are the hub's, not the programme's (a national release's 「全国开行中欧班列…」 has no place for its actor).
    private static string? HubsService(EntityFacts f)
    {
        var figure = f.Figure;
        var document = figure.In.DocumentEntity;
        if (f.Finder.Lookup(document) is not { Kind: EntityKind.Place })
        {
            return null;
        }

        var (text, names, sentence) = (figure.Text, figure.In.Names, figure.In.Sentence);
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.End <= sentence.Start)
            {
                continue;
            }

            if (n.End > figure.Mention.Start || !(n.Kind == EntityKind.Programme || f.Finder.IsGeneric(n)))
            {
                return null;
            }

            // 「…；带动河北省对共建国家进出口增长8.2%」: a later clause naming a name of its own before the figure is not the hub's.
            return f.Finder.RunningVerbs.EndOf(text.AsSpan(sentence.Start, n.Start - sentence.Start)) is not null && !BackReferences.NameBetween(names, n.Start + 1, figure.Mention.Start)
                ? document : null;
        }

        return null;
    }

    // 「沿线国家在我国外贸中的分量逐年加重，所占比重从2013年的25%上升到2017年的26.5%」: a partner's share of a whole of China's
    // (entity-names.json china_wholes: a country or group of countries, then 在我国…中 and a share word before the figure in
    // its sentence, or 占我国…: 「东盟占我国外贸总值的15.9%」) is China's statistic, the partner its part (MEANING.md: China's trade with partners → 中国).
    private static string? ChinasWhole(EntityFacts f)
    {
        var figure = f.Figure;
        if (figure.Unit != Unit.Percent)
        {
            return null;
        }

        var (text, names, sentence) = (figure.Text, figure.In.Names, figure.In.Sentence);
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.Start < sentence.Start || n.End > figure.Mention.Start || n.Kind is not (EntityKind.Country or EntityKind.CountryGroup)
                || n.Name == f.Finder.DefaultActor)
            {
                continue;
            }

            if (f.Finder.ChinaShareMarkers.At(text, n.End, figure.Mention.Start) is not null)
            {
                return f.Finder.DefaultActor;
            }

            if (f.Finder.ChinaWholes.At(text, n.End, figure.Mention.Start) is { } marker)
            {
                // 「在我国外贸中的比重」「在我国对外贸易总额的比重」: the whole closes right before its share word; 「新加坡在中国的直接投资
                // …占其…的比重」 names China as the place the partner invests in, the investor's own share.
                var from = n.End + marker.Length;
                var share = FirstAt(f.Finder.ShareWords, text, from, figure.Mention.Start);
                if (share < 0 || f.Finder.ChinaWholeEnds.EndOf(text.AsSpan(from, share - from)) is null)
                {
                    return null;
                }

                var placed = f.Finder.ChinaPlaceAfter.At(text, from, share) is not null && f.Finder.OwnPossessives.Any(text, from, share);
                return placed ? null : f.Finder.DefaultActor;
            }
        }

        return null;
    }

    private static int FirstAt(WordList words, string text, int start, int end)
    {
        foreach (var (at, _) in words.Find(text, start, end))
        {
            return at;
        }

        return -1;
    }

    // "In 2023, 17,000 China-Europe freight trains ran": where nothing before the figure acts and the document gives no actor
    // of its own (the default), a catalogued programme right after the figure, the thing it counts, is whose count it is
    // (MEANING.md: 中欧班列 开行列数; the initiative's projects, "1,814 Belt and Road projects", 一带一路); a port's or hub's document keeps it ("The port currently serves 72 China-Europe freight
    // train routes" under a headline naming Erenhot's rail port).
    private static string? CountedProgramme(EntityFacts f)
    {
        var figure = f.Figure;
        // Only an English figure holds a name inside it (a capitalised word): a Chinese one ends at its measure word.
        if (figure.In.DocumentEntity != f.Finder.DefaultActor
            || !figure.Text.AsSpan(figure.Mention.Start, figure.Mention.End - figure.Mention.Start).ContainsAnyInRange('A', 'Z'))
        {
            return null;
        }

        // The noun counted stands inside the figure ("17,000 China-Europe freight trains"), where no name of the sentence is
        // read: look there only, into one list kept per thread.
        var inside = CountedNames ??= [];
        f.Finder.Find(figure.Text, figure.Mention.Start, figure.Mention.End, [], inside);
        for (var k = 0; k < inside.Count; k++)
        {
            if (inside[k].Kind is EntityKind.Programme or EntityKind.Initiative)
            {
                return inside[k].Name;
            }
        }

        return null;
    }

    [ThreadStatic]
    private static List<EntityName>? CountedNames;

    // 「“一带一路”投资」 "cumulative BRI engagement reached USD1 trillion": the initiative invests, lends and trades nothing of
    // its own; an amount it would be the actor of is the default actor's (China's).
    // "Every three years African leaders troop to a Forum on China-Africa Cooperation …. Trade overall … grew from roughly
    // $10bn in 2000": an event that is only the paragraph's or the document's topic owns the money of deals struck at it
    // (entity-names.json event_deal_words: 意向成交, "tentative deals worth", projects signed), not the trade, loans or
    // pledges of the countries meeting there: those are the default actor's.
    private static string? EventsMoney(EntityFacts f, string? entity) =>
        entity is not null && f.Figure.Unit.IsCurrency() && f.Finder.Lookup(entity)?.Kind == EntityKind.Event
        && !f.Finder.EventDealWords.Any(f.Figure.Text, f.Figure.In.Sentence.Start, f.Figure.In.Sentence.End)
            ? f.Finder.DefaultActor
            : entity;

    private static string? InitiativesMoney(EntityFacts f) =>
        f.Figure.Unit.IsCurrency() && Actors.Find(f.Figure, f.Finder, weakAllowed: f.Figure.In.HeadingName is null)?.Kind == EntityKind.Initiative
            ? f.Finder.DefaultActor
            : null;

    // 「200余份合作文件」 "180 cooperation documents": the initiative's documents counted in the figure's clause, as the noun
    // right after a figure or as its unit (「107份标准化合作文件」 are a field's documents, not the initiative's).
    private static bool InitiativeDocumentsIn(FigureContext figure, NameFinder finder)
    {
        var text = figure.Text;
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++)
        {
            var f = figures[k];
            if (f.Start >= figure.Clause.Start && f.End <= figure.Clause.End
                && (Affixes.StartsWithAny(text.AsSpan(f.End, figure.Clause.End - f.End).TrimStart(), finder.InitiativeDocuments)
                    || Affixes.EndsWithAny(text.AsSpan(f.Start, f.End - f.Start), finder.InitiativeDocuments)))
            {
                return true;
            }
        }

        return false;
    }

    // 「举办了8届…论坛」: an edition count belongs to the event series.
    private static string? EditionSeries(EntityFacts f) =>
        f.Figure.Mention.MeasureWord is { Length: > 0 } measure && Affixes.StartsWithAny(HanScript.ToSimplified(measure), EditionMeasures)
        && First(f.After, 0, static (n, _) => n.Kind is EntityKind.Event or EntityKind.Named) is { } series
            ? series.Name
            : null;

    // 「350公里的雅万高铁」: a length or speed belongs to the thing it describes, named right after it; "The 472km line
    // between …": or referred to by an article, the figure and a noun, as "The line" would be; else the project its
    // sentence described before it, where the actor its clauses give is only territory. A count of the parts a thing is
    // built with is the thing's too ("The 27.1km expressway … has 11 interchanges and 54 toll plazas").
    private static string? AttributesThing(EntityFacts f)
    {
        var parts = f.Figure.Metric.Aggregation != Aggregation.Attribute && AggregationResolver.CountsParts(f.Figure, f.PartNouns);
        return f.Figure.Metric.Aggregation != Aggregation.Attribute && !parts ? null
            : First(f.After, f.Figure.Mention.End, static (n, end) => n.Start - end <= 2) is { } thing ? thing.Name
            : BackReferences.AttributeOfReferred(f.Figure, f.Finder) ?? OpeningReference(f.Figure, f.Finder) ?? DescribedProject(f.Figure, f.Finder, parts);
    }

    // "The line will have 20 stations and is designed for trains running at up to 160 km per hour": an article and a noun
    // opening the clause or the sentence refer back to the thing (as "The 472km line" does), not the project or port its
    // paragraph named last (a route's end: "… from Kota Bharu to Port Klang"); only a thing, never a territory.
    private static string? OpeningReference(FigureContext figure, NameFinder finder)
    {
        var referred = BackReferences.Opening(figure, finder);
        return referred is not null && finder.Lookup(referred) is { } known && Actors.CountryKinds.Contains(known.Kind) ? null : referred;
    }

    // 「中老铁路北起中国昆明，南至老挝万象，…，全线采用中国技术标准建设，设计时速160公里」「匈塞铁路北起…，线路全长341.7公里，
    // 其中匈牙利境内158.7公里」: a railway's or a bridge's description runs over clauses naming the countries and places it
    // crosses; a length or speed is the thing's, never a country's: the last project or programme the sentence named before
    // the figure, when the actor its clauses give is a country, a group of countries or a place (or none).
    private static string? DescribedProject(FigureContext figure, NameFinder finder, bool parts)
    {
        // An actor other than a country's in the figure's own clause keeps the figure; one before it yields only to the
        // thing opening the sentence.
        var actor = Actors.Find(figure, finder, weakAllowed: true);
        var otherActor = actor is not null && !Actors.CountryKinds.Contains(actor.Kind);
        if (otherActor && actor!.Start >= figure.Clause.Start)
        {
            return null;
        }

        if (OpeningThing(figure) is { } opening)
        {
            return opening;
        }

        if (otherActor)
        {
            return null;
        }

        var names = figure.In.Names;
        for (var k = names.Count - 1; k >= 0; k--)
        {
            if (names[k].End <= figure.Mention.Start && names[k].Start >= figure.In.Sentence.Start && names[k].Kind is EntityKind.Project or EntityKind.Programme)
            {
                return names[k].Name;
            }
        }

        // "The 41-kilometre stretch from Smokovac … measures about 165 kilometres" a paragraph after "the Bar-Boljare motorway":
        // a country has no length or speed; the project named last before the sentence (its paragraph and the one before,
        // then the older paragraphs) has, news running one sentence to a paragraph. Only a length or a speed: a capacity or
        // a network's size with no project in its sentence may well be the country's.
        return figure.Unit is Domain.Unit.Km or Domain.Unit.KmPerHour || parts
            ? ThingsTraffic.LastProject(figure.In.PreviousNames, 0, int.MaxValue) ?? ThingsTraffic.LastProject(figure.In.OlderNames, 0, int.MaxValue)
            : null;
    }

    // 「金港高速是柬埔寨第一条高速公路，连接首都金边与最大深水港西哈努克港，全长187.05公里」「中巴经济走廊北起新疆喀什，南至…瓜达尔港，
    // 全长3000多公里」: a description runs on from the thing that opens the sentence, its subject; the ports and cities its
    // later clauses reach are the route's ends, not what the length measures. Only a project or programme opening the
    // sentence: before it nothing but blanks, quotes, brackets, dashes and the names of its own full form
    // (「金边—西港高速公路（金港高速）」).
    private static string? OpeningThing(FigureContext figure)
    {
        var (text, sentence) = (figure.Text, figure.In.Sentence);
        var covered = sentence.Start;
        foreach (var n in figure.In.Names)
        {
            if (n.Start < sentence.Start)
            {
                continue;
            }

            if (n.End > figure.Mention.Start || !(OnlyOpening(text, covered, n.Start) || BracketedShortForm(text, covered, n.Start)))
            {
                return null;
            }

            if (n.Kind is EntityKind.Project or EntityKind.Programme)
            {
                return n.Name;
            }

            covered = Math.Max(covered, n.End);
        }

        return null;
    }

    // 「金边—西港高速公路（金港高速）」: the short form in brackets right after the opening words names them.
    private static bool BracketedShortForm(string text, int from, int to) =>
        to > from && text[to - 1] is '（' or '(' && text.AsSpan(from, to - 1 - from).IndexOfAny(ClauseBreaks) < 0;

    private static bool OnlyOpening(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!Blank.Is(text[i]) && text[i] is not ('“' or '"' or '「' or '『' or '（' or '(') && !Dashes.All.Contains(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The actor before the figure (a weak default actor only when no box stands around the sentence), else, 「131个共建国家
    // 的1770万家商户开通银联卡业务」, a named institution or programme after it in its clause, not after an English preposition
    // ("cargo from the port of Mombasa"), standing before any comma (", while KCIC now employs …" opens another clause); actors listed with
    // 「各」 share it.
    private static string? ActorOrJoint(EntityFacts f)
    {
        if (Actors.Find(f.Figure, f.Finder, weakAllowed: f.Figure.In.HeadingName is null) is { } actor)
        {
            return Actors.Each(f.Figure, f.Finder, actor) ?? actor.Name;
        }

        var after = First(f.After, (f.Figure, f.Finder), static (n, s) => n.IsCatalogued && n.Kind is EntityKind.Institution or EntityKind.Programme or EntityKind.Project or EntityKind.Enterprises
            && s.Figure.Text.AsSpan(s.Figure.Mention.End, n.Start - s.Figure.Mention.End).IndexOf(',') < 0 && !AfterPreposition(s.Figure, n, s.Finder));
        return after is null ? UsedThing(f.Figure, f.Finder) : PortsTrains(f, Actors.Each(f.Figure, f.Finder, after) ?? after.Name);
    }

    // "1.14 million vehicles used the road", "151,420 passengers rode the line": a flow counted right before a verb of using
    // (entity-names.json use_verbs) and an article and a noun referring back to a road, line, bridge or port is that
    // thing's traffic, where no actor stands before the figure.
    private static string? UsedThing(FigureContext figure, NameFinder finder)
    {
        var after = figure.ClauseAfter;
        var start = figure.Mention.End;
        foreach (var (at, end) in finder.UseVerbs.Find(figure.Text, start, start + after.Length))
        {
            // The verb follows the counted noun: two words at most between the figure and it ("vehicles", "passenger trips").
            if (figure.Text.AsSpan(start, at - start).Count(' ') <= 3 && figure.Text.AsSpan(start, at - start).IndexOfAny(',', ';') < 0)
            {
                return BackReferences.ReferredAt(figure, finder, end);
            }
        }

        return null;
    }

    // "Horgos port sees over 6,000 China-Europe freight train trips" … "The trains moved 5.8 million tonnes of goods", 「满洲里铁路
    // 口岸进出境中欧班列累计突破1万列」…「目前月均进出境班列超过300列」: in an item whose headline makes a port its actor, the
    // programme's trains it refers back to, or that a paragraph or a phrase after the figure names (「…共61个集装箱的中欧班列驶离」),
    // are the trains that pass the port: its figures. A programme named as the actor before the figure ("China-Europe freight
    // trains made 14,689 trips nationwide") stays the programme's.
    private static string? PortsTrains(EntityFacts f, string? name) =>
        name is not null && f.Figure.In.DocumentIsPort && f.Finder.Lookup(name)?.Kind == EntityKind.Programme ? f.Figure.In.DocumentEntity : name;

    // "cargo from the port of Mombasa", "in the port": an English preposition before a name after the figure makes it a
    // complement (in Chinese the name after a counted noun is the next verb's subject: 「…商户开通银联卡业务」).
    private static bool AfterPreposition(FigureContext figure, EntityName name, NameFinder finder) =>
        finder.ObjectMarkers.EndOf(Articles.WithoutLast(figure.Text.AsSpan(figure.Mention.End, name.Start - figure.Mention.End).TrimEnd())) is { } marker
        && char.IsAsciiLetter(marker[0]);

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
        EntityKind.Initiative => Affixes.StartsWithAny(text.AsSpan(name.End).TrimStart("”\" "), finder.InitiativeDocuments),
        // A catalogued body whose name ends with any partner_holders word (…联盟, …伙伴关系, …委员会, …论坛, …计划, …网络:
        // “一带一路”新闻合作联盟, "Belt and Road Energy Partnership") holds its members as an uncatalogued one read by its suffix does.
        EntityKind.Named or EntityKind.Title or EntityKind.Institution => Affixes.EndsWithAny(name.Name, finder.PartnerHolders),
        _ => false,
    };
}
