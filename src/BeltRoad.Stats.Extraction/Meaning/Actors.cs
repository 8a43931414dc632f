using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Who acts in a figure's sentence: the first name before the figure in its clause, else in the nearest earlier clause
/// that names one (a programme launched there counts). Partners, places and objects (「与共建国家」), counted countries
/// (「50个共建国家」), time frames (「论坛期间」) and a study's source (「世界银行预测」) do not act; actors listed with 「各」
/// share a figure.
/// </summary>
internal static class Actors
{
    /// <summary>The kinds of a country, a group of countries or a place: territory, which acts but has no length or speed of its own.</summary>
    internal static readonly EntityKind[] CountryKinds = [EntityKind.Country, EntityKind.CountryGroup, EntityKind.Place, EntityKind.Region];

    // How far after a name its frame or source word is looked for (「论坛期间」, "the World Bank estimates").
    private const int AfterName = 16;

    // At most this many words after a country's possessive make an appositive ("Greece's largest container port").
    private const int AppositiveWords = 4;

    /// <summary>
    /// 「国家开发银行、中国进出口银行将各设立3500亿元融资窗口」 "The China Development Bank and the Export-Import Bank of
    /// China will each set up …": one figure that each of several listed actors states is theirs together (「A、B」).
    /// </summary>
    internal static string? Each(FigureContext figure, NameFinder finder, EntityName actor)
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
            && Conjunctions.Joins(Articles.WithoutLast(text.AsSpan(names[last].End, names[last + 1].Start - names[last].End).Trim())))
        {
            last++;
        }

        if (last == at || !finder.EachWords.Any(text, names[last].End, figure.Mention.Start))
        {
            return null;
        }

        return string.Join("、", Enumerable.Range(at, last - at + 1).Select(k => names[k].Name));
    }

    // "in northwest China's Xinjiang", "in southwest China": a lower-case direction word between a marker and the name changes
    // nothing (Xinhua places every region so).
    private static ReadOnlySpan<char> WithoutCompass(ReadOnlySpan<char> gap, NameFinder finder)
    {
        var space = gap.LastIndexOf(' ');
        var word = gap[(space + 1)..];
        return space > 0 && Affixes.IsOneOf(word, finder.CompassWords) ? gap[..space].TrimEnd() : gap;
    }

    // "with the five", "and the 10", "with all": a count (partner_counts, or digits after an article) and then an article before a name
    // change nothing about whom a marker governs.
    // "trade with partner countries Kazakhstan, Hungary and …", "with countries such as": a partner noun (partner_nouns) right
    // before the name changes nothing either.
    internal static ReadOnlySpan<char> WithoutCount(ReadOnlySpan<char> gap, NameFinder finder)
    {
        gap = WithoutPartnerNoun(gap, finder);
        var trimmed = gap.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        var last = trimmed[(space + 1)..];
        var rest = space < 0 ? default : trimmed[..space];
        // Digits only after an article: "In 2023 Egypt received …" is a year, not a count. A year after an article ("trade
        // with the 2023 Egypt agreement partners") is read past as a count is: a modifier, the marker still governs the name.
        if (last.IsEmpty || space < 0
            || !((finder.PartnerCounts.EndOf(last) is { } word && word.Length == last.Length) || (IsDigits(last) && Articles.WithoutLast(rest).Length < rest.Length)))
        {
            return Articles.WithoutLast(gap);
        }

        return Articles.WithoutLast(rest);
    }

    private static ReadOnlySpan<char> WithoutPartnerNoun(ReadOnlySpan<char> gap, NameFinder finder)
    {
        var trimmed = gap.TrimEnd();
        return finder.PartnerNouns.EndOf(trimmed) is { } noun && trimmed.Length > noun.Length && trimmed[^(noun.Length + 1)] == ' '
            ? trimmed[..^noun.Length].TrimEnd()
            : gap;
    }

    // "Its first panda bond", "their green panda bonds": a possessive (instrument_owners), at most two lower-case words after it.
    private static bool Owned(ReadOnlySpan<char> before, NameFinder finder)
    {
        var rest = before.TrimEnd();
        for (var words = 0; words <= 2 && !rest.IsEmpty; words++)
        {
            var space = rest.LastIndexOf(' ');
            var word = rest[(space + 1)..];
            if (finder.InstrumentOwners.EndOf(word) is { } owner && owner.Length == word.Length)
            {
                return true;
            }

            if (!char.IsAsciiLetterLower(word[0]))
            {
                return false;
            }

            rest = space < 0 ? default : rest[..space].TrimEnd();
        }

        return false;
    }

    private static bool IsDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // The first actor of the figure's clause before it (the last one after the clause's first figure first), else of
    // the nearest earlier clause that has one; in an earlier clause a programme launched there (「发起“丝路一家亲”行动，
    // 推动…」) is what the later figures report on.
    internal static EntityName? Find(FigureContext figure, NameFinder finder, bool weakAllowed)
    {
        var clauses = figure.In.Sentence.Clauses;
        var own = figure.In.ClauseOf(figure.Mention.Start);
        for (var c = own; c >= 0; c--)
        {
            if (c < own && IsAppositiveClause(figure, c, finder))
            {
                continue;
            }

            var end = Math.Min(clauses[c].End, figure.Mention.Start);
            var afterFirst = c == own ? FirstFigureEnd(figure, clauses[c].Start) : int.MaxValue;
            EntityName? programme = null;
            EntityName? first = null;
            EntityName? nearer = null;
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

                // A hub's place keeps the trains it runs or passes (「经由满洲里进出境的中欧班列」: the port's, by its rule).
                var head = first is not null && first.Kind is not (EntityKind.Place or EntityKind.Region) && n.Start < afterFirst && IsHead(figure, clauses[c].Start, n, finder);
                // 「其中外商投资企业812家」: a group of enterprises a figure counts is the counted thing, not an actor (MEANING.md).
                var acts = (first is null || head || n.Start >= afterFirst) && (weakAllowed || !n.Weak) && IsActor(figure, n, finder)
                    && !(n.Kind == EntityKind.Enterprises && CountedRightAfter(figure, n));
                first = acts && head ? n : first ?? (acts ? n : null);
                nearer = acts && n.Start >= afterFirst ? n : nearer;
            }

            if ((programme ?? nearer ?? first) is { } found)
            {
                return found;
            }

            if (c == own && Antecedent(figure, finder) is { } antecedent)
            {
                return antecedent;
            }
        }

        return null;
    }

    // "… is operated by Africa Star Railway Operation Company, which employs about 2,700 Kenyans": a figure's own clause that
    // opens with a relative pronoun (relative_pronouns) and names no actor before it is about the name the clause before ends
    // with (a bracketed abbreviation after it aside), even after an object marker; a company, project or institution, never
    // a territory ("exports to China, which rose …" are no figure of China's).
    private static EntityName? Antecedent(FigureContext figure, NameFinder finder)
    {
        var clauses = figure.In.Sentence.Clauses;
        var own = figure.In.ClauseOf(figure.Mention.Start);
        var text = figure.Text;
        if (own == 0 || Affixes.FirstStartingWith(text.AsSpan(clauses[own].Start, figure.Mention.Start - clauses[own].Start).TrimStart(", "), finder.RelativePronouns) is null)
        {
            return null;
        }

        var before = clauses[own - 1];
        var end = before.Start + text.AsSpan(before.Start, before.End - before.Start).TrimEnd(", ").Length;
        var names = figure.In.Names;
        for (var k = names.Count - 1; k >= 0; k--)
        {
            var n = names[k];
            if (n.End > end || n.Start < before.Start)
            {
                continue;
            }

            // "Africa Star Railway Operation Company (Afristar), which …": the bracket after the name belongs to it, a
            // full-width one too (「（Afristar）」, in copy from Chinese pages).
            var gap = text.AsSpan(n.End, end - n.End).Trim();
            var bracketed = gap.Length > 2 && Asides.Skip(gap, 0, gap.Length, gap.Length) == gap.Length;
            return (gap.IsEmpty || bracketed) && n.IsCatalogued && !CountryKinds.Contains(n.Kind) && n.Kind != EntityKind.Title ? n : null;
        }

        return null;
    }

    // 「我国企业在共建国家建设的境外经贸合作区累计投资…」「中方参与建设的雅万高铁累计发送旅客…」: a catalogued thing (not a territory)
    // right after a modifier marker heads its noun phrase; the names of the description before 的 modify it, the head acts.
    // A thing a funder's verb describes (「中国进出口银行支持的中老铁路贷款余额」, funder_markers) heads no money figure: the funder keeps it.
    private static bool IsHead(FigureContext figure, int clauseStart, EntityName name, NameFinder finder)
    {
        var before = figure.Text.AsSpan(clauseStart, name.Start - clauseStart);
        return name.IsCatalogued && !CountryKinds.Contains(name.Kind) && finder.ModifierMarkers.EndOf(before) is not null
            && !(figure.Unit.IsCurrency() && finder.FunderMarkers.EndOf(before) is not null);
    }

    // "Afristar, the Chinese firm that operates the line, currently employs …": an earlier clause opening with a lower-case
    // article (or "which", "who") right after a clause that is only a name, or a participle (participle_openings: "launched
    // in 2017 to link …") right after a clause ending with a name, describes that name; the names inside it
    // ("Chinese") do not act, the name before it does.
    private static bool IsAppositiveClause(FigureContext figure, int c, NameFinder finder)
    {
        if (c == 0)
        {
            return false;
        }

        var clauses = figure.In.Sentence.Clauses;
        var text = figure.Text;
        var opening = text.AsSpan(clauses[c].Start, clauses[c].End - clauses[c].Start).TrimStart(", ");
        var before = clauses[c - 1];
        if (Affixes.FirstStartingWith(opening, finder.ParticipleOpenings) is not null)
        {
            // "Rail-sea trains on the New International Land-Sea Trade Corridor, launched in 2017 to link western Chinese
            // regions with ASEAN, made 5,005 trips": a participle set off right after a clause ending with a name describes
            // that name.
            var end = before.Start + text.AsSpan(before.Start, before.End - before.Start).TrimEnd(", ").Length;
            var all = figure.In.Names;
            for (var k = 0; k < all.Count; k++)
            {
                if (all[k].End == end)
                {
                    return true;
                }
            }

            return false;
        }

        if (Affixes.FirstStartingWith(opening, finder.AppositiveOpenings) is null)
        {
            return false;
        }

        var head = text.AsSpan(before.Start, before.End - before.Start).Trim(", ");
        var headStart = before.Start + (text.AsSpan(before.Start, before.End - before.Start).Length - text.AsSpan(before.Start, before.End - before.Start).TrimStart(", ").Length);
        // "The China-Europe freight train service based in Wuhan, capital of …": the definite article before the name.
        if (Articles.Opening(head) is var article and > 0)
        {
            head = head[article..];
            headStart += article;
        }

        // "Colombo International Container Terminals (CICT), a joint venture at …": the name's bracketed abbreviation is the name's.
        if (head.Length > 0 && head[^1] is ')' or '）' && head.LastIndexOfAny('(', '（') is var open and > 0)
        {
            head = head[..open].TrimEnd();
        }

        // "In third place is HBIS Group, the Chinese owner of the Smederevo steelworks, with 374.3 million euros": a clause ending
        // with a name describes it as one that is only a name does; the names inside the description do not act.
        var headEnd = headStart + head.Length;
        var names = figure.In.Names;
        for (var k = 0; k < names.Count; k++)
        {
            if ((names[k].Start == headStart || (names[k].IsCatalogued && !CountryKinds.Contains(names[k].Kind))) && names[k].End == headEnd)
            {
                return true;
            }
        }

        return false;
    }

    // "The United States followed with USD3.7 billion (+158%) and Japan with USD3.5 billion (-25.5%)": the last actor
    // standing after the clause's first figure speaks for the figures after it. Where that figure ends (none: never).
    private static int FirstFigureEnd(FigureContext figure, int clauseStart)
    {
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].Start >= clauseStart && figures[k].End <= figure.Mention.Start)
            {
                return figures[k].End;
            }
        }

        return int.MaxValue;
    }

    // "Bahrain, Cyprus and Samoa were admitted as three regional members", 「老挝、柬埔寨和缅甸3国加入」: countries listed
    // (two or more, joined by commas or conjunctions) and then counted by the first count of countries after them in the
    // sentence, of as many as the list names, are the counted members, not who owns the count (the bank that admits them).
    private static bool Enumerated(FigureContext figure, EntityName name)
    {
        var names = figure.In.Names;
        var at = ReadOnlyLists.IndexOf(names, name);
        if (at < 0)
        {
            return false;
        }

        var (first, last) = (at, at);
        while (first > 0 && CountryKinds.Contains(names[first - 1].Kind) && ListJoined(figure.Text, names[first - 1], names[first]))
        {
            first--;
        }

        while (last + 1 < names.Count && CountryKinds.Contains(names[last + 1].Kind) && ListJoined(figure.Text, names[last], names[last + 1]))
        {
            last++;
        }

        if (last == first)
        {
            return false;
        }

        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].Start >= names[last].End)
            {
                return figures[k].Unit == Recognizers.MentionUnit.Countries && figures[k].Value == last - first + 1;
            }
        }

        return false;
    }

    // Only a comma, a list joint or a conjunction ("and", ", and", 「、」「和」) between two names of a list.
    private static bool ListJoined(string text, EntityName left, EntityName right, NameFinder? finder = null)
    {
        if (right.Start < left.End)
        {
            return false;
        }

        var between = text.AsSpan(left.End, right.Start - left.End).Trim();
        var gap = (finder is null ? Articles.WithoutLast(between) : WithoutCount(between, finder)).Trim();
        return Conjunctions.Joins(gap) || (gap.Length > 1 && gap[0] is ',' or '，' && Conjunctions.Joins(gap[1..]));
    }

    internal static bool IsProgramme(EntityName name, NameFinder finder) =>
        name.Kind is EntityKind.Programme || (name.Kind == EntityKind.Named && Affixes.EndsWithAny(name.Name, finder.ProgrammeSuffixes));

    internal static bool IsCounted(FigureContext figure, EntityName name) => CountedBy(figure, name) is not null;

    // 「其中外商投资企业812家」: a count of organisations written right after the group's name counts its members.
    private static bool CountedRightAfter(FigureContext figure, EntityName name)
    {
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].Start >= name.End && figures[k].Start - name.End <= 1 && figures[k].Unit == Recognizers.MentionUnit.Organizations)
            {
                return true;
            }
        }

        return false;
    }

    // The figure that counts this name: it covers it, or stands right before it in the same phrase (「50个共建国家」).
    internal static Recognizers.Mention? CountedBy(FigureContext figure, EntityName name)
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

    // "Container traffic at Piraeus, Greece's largest port, reached …": a clause that is only a country's possessive and a
    // few lower-case words describes the name before it; the country is no actor.
    private static bool IsAppositive(FigureContext figure, EntityName name)
    {
        var clause = figure.In.Sentence.Clauses[figure.In.ClauseOf(name.Start)];
        var text = figure.Text;
        if (figure.Mention.Start < clause.End && figure.Mention.End > clause.Start
            || !text.AsSpan(clause.Start, name.Start - clause.Start).Trim().IsEmpty
            || !(text.AsSpan(name.End).StartsWith("'s ", StringComparison.Ordinal) || text.AsSpan(name.End).StartsWith("’s ", StringComparison.Ordinal)))
        {
            return false;
        }

        var words = 0;
        foreach (var word in text.AsSpan(name.End + 3, Math.Max(0, clause.End - name.End - 3)).TrimEnd(",;. ").Split(' '))
        {
            var w = text.AsSpan(name.End + 3)[word].Trim();
            if (w.IsEmpty)
            {
                continue;
            }

            if (++words > AppositiveWords || !char.IsAsciiLetterLower(w[0]) || w.ContainsAnyInRange('0', '9'))
            {
                return false;
            }
        }

        return words > 0;
    }

    // 「其中民营企业进出口24.33万亿元」: a group of enterprises right after a breakdown's marker is the part of the total the
    // figure breaks out (releases break trade down by firms' ownership: 民营企业, 国有企业, 外商投资企业), and acts; a country
    // counted there (「其中共建国家32家」) stays the counted.
    // So is a region or place the total is broken down by (「其中东部地区对外投资增长21.8%」「其中西安开行4000列」).
    private static bool IsBrokenOut(EntityName name, string marker, NameFinder finder) =>
        name.Kind is EntityKind.Enterprises or EntityKind.Place or EntityKind.Region && Affixes.IsOneOf(marker, finder.BreakdownMarkers);

    // 「去年东盟仍是中国最大贸易伙伴，双边进出口6.98万亿元」 "ASEAN remained China's largest trading partner, with trade of …": a
    // country or group whose own clause, before the figure, goes on to call it a partner (partner_words) is the partner of the
    // figures that follow, not their actor; so is the country whose partner it is called (中国 there: the default actor again).
    // "The European Union, China's second-largest trading partner, saw its trade with China expand …": a clause that is only
    // the name, set off before an appositive calling it a partner, is the same: the appositive's clause is read as the name's.
    private static bool CalledPartner(FigureContext figure, EntityName name, NameFinder finder)
    {
        var clauses = figure.In.Sentence.Clauses;
        var at = figure.In.ClauseOf(name.Start);
        var end = Math.Min(clauses[at].End, figure.Mention.Start);
        if (end > name.End && finder.PartnerWords.Any(figure.Text, name.End, end))
        {
            return true;
        }

        return at + 1 < clauses.Count && clauses[at + 1].Start < figure.Mention.Start
            && figure.Text.AsSpan(name.End, clauses[at].End - name.End).Trim(", ").IsEmpty
            && finder.PartnerWords.Any(figure.Text, clauses[at + 1].Start, Math.Min(clauses[at + 1].End, figure.Mention.Start));
    }

    // 「新华社重庆1月25日电」 "XI'AN, July 7 (Xinhua) --": the place a news item is filed from is no actor of its figures.
    private static bool IsDateline(string text, EntityName name, NameFinder finder)
    {
        var rest = text.AsSpan(name.End, Math.Min(DatelineWithin, text.Length - name.End));
        foreach (var ending in finder.DatelineEnds)
        {
            // A month and day (digits, 月) and the ending: the date is what stands between the place and it.
            var day = rest.IndexOf(ending, StringComparison.Ordinal);
            if (day > 0 && rest[..day].IndexOfAnyExcept("0123456789０１２３４５６７８９月 ") < 0)
            {
                return true;
            }
        }

        var written = text.AsSpan(name.Start, name.End - name.Start);
        return rest.StartsWith(",", StringComparison.Ordinal) && written.IndexOfAnyInRange('a', 'z') < 0 && written.IndexOfAnyInRange('A', 'Z') >= 0
            && rest.Slice(0, Math.Min(rest.Length, DatelineWithin)).IndexOf('(') > 0;
    }

    // 「河南郑州」「新疆霍尔果斯」 "Xinjiang's Horgos port": a province written right before a place (its possessive or 的
    // between) only says where that place lies; the place is the more specific actor. So does a country's possessive
    // before a catalogued place, programme, project or institution ("China's land-sea trade corridor tops 10,000 trips", "Kenya's
    // Standard Gauge Railway carried …", "East China's Shandong Province saw …", "China's Guangxi Beibu Gulf International Port
    // Group holds a 40 per cent stake"); a group's does not: its programme is the
    // members' joint pledge ("The European Union's Global Gateway aims to raise up to €300 billion" is the EU's).
    private static bool QualifiesNext(string text, IReadOnlyList<EntityName> names, EntityName name, NameFinder finder)
    {
        var at = ReadOnlyLists.IndexOf(names, name);
        if (at < 0 || at + 1 >= names.Count || names[at + 1].Start < name.End)
        {
            return false;
        }

        var next = names[at + 1];
        var gap = text.AsSpan(name.End, next.Start - name.End).Trim();
        if (name.Kind == EntityKind.Region)
        {
            return next.Kind is EntityKind.Place or EntityKind.Region && (gap.IsEmpty || gap is "的" || Affixes.IsOneOf(gap, finder.Possessives));
        }

        return next.IsCatalogued && next.Kind is EntityKind.Place or EntityKind.Region or EntityKind.Programme or EntityKind.Project or EntityKind.Institution
            && (Affixes.IsOneOf(gap, finder.Possessives) || (next.Kind is EntityKind.Institution or EntityKind.Project && Describes(gap, finder))
                || (next.Kind == EntityKind.Project && LocatesThing(text, gap, next, finder)));
    }

    // "the German inland port of Duisburg", "the Greek port of Piraeus": a country's adjective, at most a lower-case word or two
    // and a catalogued project written as its noun (an en_back_references noun: port, railway, terminal …) then "of" and its
    // name says where the thing is; the thing acts. Words of a relation between ("Chinese investment in the port of …") keep
    // the country acting: the gap holds lower-case letters only, no word of en_anaphora or object_markers.
    private static bool LocatesThing(string text, ReadOnlySpan<char> gap, EntityName next, NameFinder finder)
    {
        var written = text.AsSpan(next.Start, next.End - next.Start);
        if (written.IsEmpty || !char.IsAsciiLetterLower(written[0]) || written.IndexOf(" of ", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var words = 0;
        foreach (var range in gap.Split(' '))
        {
            var word = gap[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxLocatingWords || word.ContainsAnyExcept(LowerWords) || Affixes.IsOneOf(word, finder.EnglishAnaphora) || finder.ObjectMarkers.EndOf(word) is not null)
            {
                return false;
            }
        }

        foreach (var (noun, _) in finder.EnglishBackReferences)
        {
            if (written.StartsWith(noun, StringComparison.Ordinal) && written.Length > noun.Length && written[noun.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxLocatingWords = 2;

    // "The China–Central Asia direction accounted for 312,000 TEU", "on the Kazakhstan-China route": territories joined by
    // dashes (a run of two or more) and then a route noun (route_heads) are the route's ends, not its actor.
    private static bool DashedRouteEnd(string text, IReadOnlyList<EntityName> names, EntityName name, NameFinder finder)
    {
        var at = ReadOnlyLists.IndexOf(names, name);
        if (at < 0)
        {
            return false;
        }

        var (first, last) = (at, at);
        while (first > 0 && CountryKinds.Contains(names[first - 1].Kind) && Dashes.IsJoint(text.AsSpan(names[first - 1].End, Math.Max(0, names[first].Start - names[first - 1].End))))
        {
            first--;
        }

        while (last + 1 < names.Count && CountryKinds.Contains(names[last + 1].Kind) && Dashes.IsJoint(text.AsSpan(names[last].End, Math.Max(0, names[last + 1].Start - names[last].End))))
        {
            last++;
        }

        if (first == last)
        {
            return false;
        }

        var after = text.AsSpan(names[last].End).TrimStart(' ');
        return Affixes.FirstStartingWith(after, finder.RouteHeads) is { } head && (after.Length == head.Length || !char.IsAsciiLetter(after[head.Length]));
    }

    // "The Chinese-built Ethiopia-Djibouti railway has carried …", "Peru's Chinese-run Chancay port": a country's adjective
    // hyphened to a participle of making or running (made_suffixes) before a catalogued thing (lower-case words aside) says who
    // built or runs it; the thing acts, not the country ("Chinese-funded projects have created …": no catalogued thing follows).
    private static bool MakesThing(string text, IReadOnlyList<EntityName> names, EntityName name, NameFinder finder)
    {
        if (Affixes.FirstStartingWith(text.AsSpan(name.End), finder.MadeSuffixes) is not { } suffix)
        {
            return false;
        }

        var from = name.End + suffix.Length;
        for (var k = 0; k < names.Count; k++)
        {
            var next = names[k];
            if (next.Start < from)
            {
                continue;
            }

            var gap = text.AsSpan(from, next.Start - from).Trim();
            return gap.Length <= MaxMadeGap && !gap.ContainsAnyExcept(LowerWords)
                && next.IsCatalogued && next.Kind is EntityKind.Project or EntityKind.Place or EntityKind.Programme or EntityKind.Institution;
        }

        return false;
    }

    // At most this many characters of lower-case words between "Chinese-built" and the thing ("the Chinese-run deep-water Chancay port").
    private const int MaxMadeGap = 30;
    private static readonly System.Buffers.SearchValues<char> LowerWords = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz- ");

    // "the Washington-based Center for Global Development", "another Washington firm, RWR Advisory Group", "a US think tank,
    // AidData,": a place written as an adjective of an organisation (entity-names.json based_suffixes, or lower-case words
    // ending with one of descriptor_nouns and then a comma or the organisation's capitalised name) says where the
    // organisation is, it does not act; its tally is no figure of the place's ("a Chinese company built …" is left: no name
    // follows the noun).
    private static bool DescribesOrganisation(string text, EntityName name, int end, NameFinder finder)
    {
        var rest = text.AsSpan(name.End, Math.Max(0, end - name.End));
        if (Affixes.StartsWithAny(rest, finder.BasedSuffixes))
        {
            return true;
        }

        rest = rest.TrimStart(' ');
        var (k, words) = (0, 0);
        while (k < rest.Length && words < MaxDescriptorWords && char.IsAsciiLetterLower(rest[k]))
        {
            while (k < rest.Length && (char.IsAsciiLetterLower(rest[k]) || rest[k] == '-'))
            {
                k++;
            }

            words++;
            if (finder.DescriptorNouns.EndOf(rest[..k]) is not null)
            {
                var after = rest[k..];
                var next = after.TrimStart(' ');
                if (after.StartsWith(",") || (next.Length > 0 && next.Length < after.Length && char.IsAsciiLetterUpper(next[0])))
                {
                    return true;
                }
            }

            if (k < rest.Length && rest[k] == ' ')
            {
                k++;
            }
        }

        return false;
    }

    // At most this many lower-case words describe a company between a country's adjective and its name ("state railway operator").
    private const int MaxDescriptorWords = 3;

    // "Peruvian miner Volcan", "Chinese state railway operator …": lower-case words only, the last one of descriptor_nouns.
    private static bool Describes(ReadOnlySpan<char> gap, NameFinder finder)
    {
        if (gap.IsEmpty || finder.DescriptorNouns.EndOf(gap) is null)
        {
            return false;
        }

        var words = 1;
        foreach (var c in gap)
        {
            if (c == ' ' && ++words > MaxDescriptorWords)
            {
                return false;
            }

            if (c != ' ' && c != '-' && !char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    // 「昆明至万象间国际旅客列车」「北起昆明、南至万象的中老铁路」 "trains between Xi'an and Almaty", "from Chongqing to
    // Duisburg": a place that ends a route names where the figure's thing runs, not who acts.
    private static bool IsRouteEnd(string text, IReadOnlyList<EntityName> names, EntityName name, NameFinder finder)
    {
        var after = text.AsSpan(name.End).TrimStart(' ');
        if (Affixes.FirstStartingWith(after, finder.RouteLinks) is not null)
        {
            return true;
        }

        if (Affixes.FirstStartingWith(after, finder.RouteLinksEnglish) is not null)
        {
            return RouteOpens(text, name.Start, finder);
        }

        // 「昆明与万象间」「昆明和万象之间」: between two places.
        if (Affixes.FirstStartingWith(after, finder.BetweenLinks) is { } link)
        {
            var window = after[..Math.Min(after.Length, BetweenWithin)];
            foreach (var close in finder.BetweenEnds)
            {
                if (window.IndexOf(close, StringComparison.Ordinal) > link.Length)
                {
                    return true;
                }
            }
        }

        // 「昆明经老挝至泰国的货运成本」: a route through a place between its ends (经 alone, 「新疆经霍尔果斯口岸出口」, is the way the
        // actor's goods went: the actor stays). 经 opening a word (「广西经贸往来」) is no via link, and the link to the other end
        // must be followed by that end, a catalogued place (「达到500亿元」 ends nothing).
        if (Affixes.FirstStartingWith(after, finder.ViaLinks) is { } via && !Affixes.StartsWithAny(after, finder.ZhStopWords))
        {
            var from = text.Length - after.Length + via.Length;
            var window = text.AsSpan(from, Math.Min(text.Length - from, BetweenWithin));
            foreach (var end in finder.ViaEnds)
            {
                for (var at = window.IndexOf(end, StringComparison.Ordinal); at > 0; at = Occurrences.Next(window, end, at))
                {
                    if (IsPlaceAt(names, from + at + end.Length))
                    {
                        return true;
                    }
                }
            }
        }

        return RouteOpens(text, name.Start, finder) || Affixes.EndsWithAny(text.AsSpan(0, name.Start), finder.RouteStarts);
    }

    // A catalogued place, region or country starting at the index given: the route's other end.
    private static bool IsPlaceAt(IReadOnlyList<EntityName> names, int at)
    {
        foreach (var n in names)
        {
            if (n.Start == at && n.IsCatalogued && n.Kind is EntityKind.Place or EntityKind.Region or EntityKind.Country)
            {
                return true;
            }
        }

        return false;
    }

    // How far after a place's 与 the 间 of 「A与B间」 may stand.
    private const int BetweenWithin = 10;

    // "between Xi'an", "from Chongqing": an English route's opening word right before the name.
    private static bool RouteOpens(string text, int start, NameFinder finder) =>
        Affixes.EndsWithAny(text.AsSpan(0, start).TrimEnd(' '), finder.RouteOpeners);

    // How far after a place its dateline's date and agency stand (「1月25日电」, ", July 7 (Xinhua)").
    private const int DatelineWithin = 24;

    // "trade with South Korea and Japan came to …", "trade with Latin America, Africa and the five Central Asian states rose …",
    // "Together with the EU and the United States, the four accounted for …", "between China and Europe": a name listed (a
    // comma or a conjunction, an article aside) after a name an object marker governs is governed by it too, a partner as the
    // first is, not the actor.
    private static bool ListedAfterObject(FigureContext figure, EntityName name, NameFinder finder)
    {
        var names = figure.In.Names;
        var text = figure.Text;
        var sentenceStart = figure.In.Sentence.Start;
        var at = ReadOnlyLists.IndexOf(names, name);
        // "Thanks largely to the U.S. International Development Finance Corporation, Washington's other official flows …":
        // a comma alone may end a clause; a list has a conjunction somewhere ("A, B and C").
        if (at < 0 || !ListHasConjunction(text, names, at, sentenceStart, finder))
        {
            return false;
        }

        while (at > 0 && names[at - 1].Start >= sentenceStart)
        {
            var p = at - 1;
            if (!ListJoined(text, names[p], names[at], finder))
            {
                // "Trade with the European Union, China's largest trading partner, the United States and …": an appositive set
                // off by commas between two names of the list (a name inside it aside) does not end the list.
                if (p == 0 || names[p - 1].Start < sentenceStart || !AppositiveJoined(text, names[p - 1], names[at], finder))
                {
                    break;
                }

                p--;
            }

            var previous = names[p];
            var before = Articles.WithoutLast(WithoutPartnerNoun(WithoutCompass(text.AsSpan(sentenceStart, previous.Start - sentenceStart).TrimEnd(), finder), finder));
            if (finder.ObjectMarkers.EndOf(before) is { } marker && !IsBrokenOut(previous, marker, finder))
            {
                return true;
            }

            at = p;
        }

        return false;
    }

    // Document actors whose own routes, projects and services the initiative's name may qualify: a port's, a hub's, a
    // programme's or an institution's page (a country's, a region's or China's counts under the initiative stay its own).
    private static readonly EntityKind[] InitiativeQualifies = [EntityKind.Project, EntityKind.Place, EntityKind.Programme, EntityKind.Institution];

    // 「全年新增“一带一路”航线12条」 on a port's page: the initiative written right before a noun (a closing quote aside)
    // qualifies what the document's own actor runs or supports (its "Belt and Road" routes), and does not act.
    private static bool ModifiesOwnersNoun(FigureContext figure, EntityName name, NameFinder finder)
    {
        if (name.Kind != EntityKind.Initiative || name.End >= figure.Mention.Start
            || finder.Lookup(figure.In.DocumentEntity) is not { } owner || Array.IndexOf(InitiativeQualifies, owner.Kind) < 0)
        {
            return false;
        }

        var at = name.End;
        while (at < figure.Mention.Start && figure.Text[at] is '”' or '」' or '"')
        {
            at++;
        }

        return at < figure.Mention.Start && HanText.Is(figure.Text[at]);
    }

    // ", China's largest trading partner, the": a short appositive between commas (a possessive in it, or opening with a
    // lower-case word; no figure) and then what joins two names of a list.
    private static bool AppositiveJoined(string text, EntityName left, EntityName right, NameFinder finder)
    {
        var between = text.AsSpan(left.End, right.Start - left.End).Trim();
        var second = between.Length > 1 && between[0] == ',' ? between[1..].IndexOf(',') + 1 : 0;
        if (second <= 1)
        {
            return false;
        }

        var aside = between[1..second].Trim();
        if (aside.IsEmpty || aside.ContainsAnyInRange('0', '9') || aside.Count(' ') >= AppositiveWords || !(char.IsAsciiLetterLower(aside[0]) || Affixes.ContainsAny(aside, finder.Possessives)))
        {
            return false;
        }

        var gap = Articles.WithoutLast(between[second..].Trim()).Trim();
        return Conjunctions.Joins(gap) || (gap.Length > 1 && gap[0] is ',' && Conjunctions.Joins(gap[1..]));
    }

    // Whether the names listed around names[at] (joined as ListJoined reads them) are joined once by a conjunction, not only by
    // commas, or the last of them goes on to one ("Latin America, Africa and the five Central Asian states").
    private static bool ListHasConjunction(string text, IReadOnlyList<EntityName> names, int at, int sentenceStart, NameFinder finder)
    {
        var first = at;
        while (first > 0 && names[first - 1].Start >= sentenceStart && ListJoined(text, names[first - 1], names[first], finder))
        {
            first--;
        }

        var last = at;
        while (last + 1 < names.Count && ListJoined(text, names[last], names[last + 1], finder))
        {
            last++;
        }

        for (var k = first; k < last; k++)
        {
            var gap = Articles.WithoutLast(text.AsSpan(names[k].End, names[k + 1].Start - names[k].End).Trim()).Trim();
            if (!gap.SequenceEqual(","))
            {
                return true;
            }
        }

        var after = text.AsSpan(names[last].End).TrimStart(", ");
        return after.StartsWith("and ", StringComparison.Ordinal) || after.StartsWith("or ", StringComparison.Ordinal)
            || (after.Length > 0 && Conjunctions.IsListJoint(after[0]));
    }

    internal static bool IsActor(FigureContext figure, EntityName name, NameFinder finder)
    {
        if (name.Kind == EntityKind.Title || Affixes.EndsWithAny(name.Name, finder.NotActors) || finder.IsGeneric(name))
        {
            return false;
        }

        var text = figure.Text;
        var sentenceStart = figure.In.Sentence.Start;
        // "with the G7", "to the World Bank": the article between a marker and the name changes nothing.
        var before = WithoutCount(WithoutCompass(text.AsSpan(sentenceStart, name.Start - sentenceStart).TrimEnd(), finder), finder);
        if (name.Kind == EntityKind.Instrument && Owned(before, finder))
        {
            return false;
        }

        // 「经广西口岸进出口」: a name after a transit marker is the way the goods went, not who traded them.
        if ((finder.ObjectMarkers.EndOf(before) is { } marker && !IsBrokenOut(name, marker, finder)) || (!name.IsCatalogued && finder.ModifierMarkers.EndOf(before) is not null)
            || finder.TransitMarkers.EndOf(before) is not null
            || ListedAfterObject(figure, name, finder)
            // "Figures from the Kenya National Bureau of Statistics show that …", 「据…统计」: the source a source word leads to
            // reports the figure, as the paragraph topic never takes it (source_before).
            || finder.SourceBefore.EndOf(Articles.WithoutLast(before)) is not null
            || ModifiesOwnersNoun(figure, name, finder))
        {
            return false;
        }

        if ((name.Kind == EntityKind.Country && IsAppositive(figure, name)) || (name.Kind is EntityKind.Place or EntityKind.Region && (IsDateline(text, name, finder) || IsRouteEnd(text, figure.In.Names, name, finder)))
            || (name.Kind is EntityKind.Region or EntityKind.Country && QualifiesNext(text, figure.In.Names, name, finder))
            || (CountryKinds.Contains(name.Kind) && (DescribesOrganisation(text, name, figure.In.Sentence.End, finder) || MakesThing(text, figure.In.Names, name, finder)
                || DashedRouteEnd(text, figure.In.Names, name, finder))))
        {
            return false;
        }

        var rest = text.AsSpan(name.End, Math.Min(AfterName, figure.In.Sentence.End - name.End)).TrimStart("”》 ");
        if (Affixes.StartsWithAny(rest, finder.FrameAfter.Words) || finder.OpensWithSource(rest)
            || Affixes.StartsWithAny(rest, finder.SegmentAfter.Words) || finder.ListedSourceFollows(text, name.End, figure.Mention.Start))
        {
            return false;
        }

        if (CountryKinds.Contains(name.Kind) && (Enumerated(figure, name) || CalledPartner(figure, name, finder)))
        {
            return false;
        }

        // 「50个共建国家」: countries counted by a figure right before them are what is counted, not who counts; another
        // counted thing (「17家鲁班工坊」) speaks for its own clause only.
        var countedBy = CountedBy(figure, name);
        return countedBy is null || (!CountryKinds.Contains(name.Kind) && figure.In.ClauseOf(countedBy.Start) == figure.In.ClauseOf(figure.Mention.Start));
    }
}
