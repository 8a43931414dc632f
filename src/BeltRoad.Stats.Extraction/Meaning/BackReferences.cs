using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

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
    internal static string? Of(FigureContext figure, NameFinder finder) =>
        From(figure, finder, figure.Clause.Start) ?? NounAfterFigure(figure, finder) ?? RelativeToReference(figure, finder) ?? FromEarlierClause(figure, finder) ?? InSentence(figure, finder)
        ?? PartOfWhole(figure, finder) ?? PronounSubject(figure, finder);

    /// <summary>An article and a noun (or a bare suffix word) opening the figure's clause, or its sentence for a later clause that names no one.</summary>
    internal static string? Opening(FigureContext figure, NameFinder finder) =>
        From(figure, finder, figure.Clause.Start) ?? FromEarlierClause(figure, finder);

    // "Kazakhstan, the region's largest economy, reported a record. Its trade with China exceeded $24 billion": a pronoun
    // opening the sentence (en_pronouns) stands for the name the sentence before opens with (an article or a frame aside: "In
    // 2023, China disbursed …. Its share …"), where no
    // actor stands before the figure in its sentence.
    private static string? PronounSubject(FigureContext figure, NameFinder finder)
    {
        var text = figure.Text;
        var start = figure.In.Sentence.Start;
        if (!Affixes.StartsWithAny(text.AsSpan(start, figure.Mention.Start - start), finder.EnglishPronouns)
            || Actors.Find(figure, finder, weakAllowed: true) is not null)
        {
            return null;
        }

        var end = text.AsSpan(0, start).TrimEnd().Length;
        var opens = PreviousSentenceStart(text, end);
        var names = figure.In.PreviousNames;
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.Start < opens || n.Start >= start)
            {
                continue;
            }

            var before = text.AsSpan(opens, n.Start - opens).Trim();
            if (!before.IsEmpty && !Affixes.IsOneOf(before, finder.EnglishAnaphora) && !IsCompassWord(before, finder) && !IsFrame(before))
            {
                return null;
            }

            // "Northwest China's Xinjiang Uygur Autonomous Region remains the main gateway": a possessive's place is the subject.
            if (k + 1 < names.Count && names[k + 1].Start < start && Affixes.FirstStartingWith(text.AsSpan(n.End), finder.Possessives) is { } possessive
                && text.AsSpan(n.End + possessive.Length, names[k + 1].Start - n.End - possessive.Length).Trim().IsEmpty)
            {
                n = names[k + 1];
            }

            // China too (the weak default actor): "China disbursed …. Its share …" under a headline naming a region is China's.
            return n.IsCatalogued || n.Kind == EntityKind.Named ? n.Name : null;
        }

        return null;
    }

    // "In 2023, China disbursed …", "Last year, Kazakhstan …": a short frame set off by a comma before the subject, no name
    // in it (no capitalised word after its first: "In Southeast Asia, …" is a place, not a frame).
    private static bool IsFrame(ReadOnlySpan<char> before)
    {
        if (before.IsEmpty || before[^1] != ',')
        {
            return false;
        }

        var words = 0;
        foreach (var range in before[..^1].Split(' '))
        {
            var word = before[range];
            if (++words > MaxFrameWords || (words > 1 && !word.IsEmpty && char.IsAsciiLetterUpper(word[0])))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxFrameWords = 5;

    private static bool IsCompassWord(ReadOnlySpan<char> word, NameFinder finder)
    {
        foreach (var compass in finder.CompassWords)
        {
            if (word.Equals(compass, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Where the sentence ending at `end` (its stop included) starts: after the stop or line break before it, a stop as the
    // segmenter reads one (Segmenter.IsSentenceEnd: a full stop before a space and a capital, not after an abbreviation,
    // "Mr. Xi", "No. 5", "the U.S. Treasury"), so that the sentence before is the one the segmenter made.
    private static int PreviousSentenceStart(string text, int end)
    {
        for (var k = end - 2; k >= 0; k--)
        {
            if (text[k] == '\n' || Segmenting.Segmenter.IsSentenceEnd(text, k, end))
            {
                var at = k + 1;
                while (at < end && char.IsWhiteSpace(text[at]))
                {
                    at++;
                }

                return at;
            }
        }

        return 0;
    }

    // 「过去十年，论坛累计吸引…，促成逾2800个项目的对接」 "By the end of last year, the bank's loans stood at …, 34 percent of
    // its total": an anaphor opening an earlier clause of the sentence (its first, or one after a time frame) serves the
    // later clauses while no name stands between it and the figure; a name inside a participle clause set off between them
    // ("The 187-km expressway, built by China Road and Bridge Corporation …, has carried …": participle_openings, the
    // builder describes the thing) does not stand between. A clause introducing a statement (「集团首席运营官表示，预计…」:
    // source_after) serves none: its speaker is no actor of what the statement reports, as the issuer rule reads it.
    private static string? FromEarlierClause(FigureContext figure, NameFinder finder)
    {
        var clauses = figure.In.Sentence.Clauses;
        for (var c = figure.In.ClauseOf(figure.Mention.Start) - 1; c >= 0; c--)
        {
            if (ActorBetween(figure, finder, clauses[c].Start) || finder.SourceAfter.Any(figure.Text, clauses[c].Start, clauses[c].End))
            {
                return null;
            }

            if (From(figure, finder, clauses[c].Start) is { } referred)
            {
                return referred;
            }
        }

        return null;
    }

    // 「通道铁海联运班列运输货物86万标箱，同比增长14%」「力争通道铁路运量年均增长15%」: an actor read by its suffix that opens
    // with a bare suffix word (通道, after 西部陆海新通道 was named) is a part of that whole, whose figure it is.
    private static string? PartOfWhole(FigureContext figure, NameFinder finder) =>
        Actors.Find(figure, finder, weakAllowed: figure.In.HeadingName is null) is { Kind: EntityKind.Named } actor
        && Affixes.FirstStartingWith(actor.Name, finder.ZhSuffixes) is { } whole && whole.Length < actor.Name.Length
            ? Referred(figure, finder, [Referent.EndingWith(whole)])
            : null;

    /// <summary>
    /// 「1至4月，我委共审批…」「集团计划投资约3000万美元，新增…」: the document's issuer speaking of itself — 我/本 and the noun
    /// it calls itself by, or a bare 集团/公司 opening a clause — is the publisher, or the name in the title that the noun
    /// ends (an alias counts: 我委 → 国家发展改革委); a bare noun first refers back, as 「该集团」 does, to the last name
    /// ending with it. A clause opening so serves the later clauses of its sentence while no name stands between, unless
    /// it introduces a statement (「集团首席运营官表示，预计…」).
    /// </summary>
    internal static string? Issuer(FigureContext figure, NameFinder finder)
    {
        var clauses = figure.In.Sentence.Clauses;
        var own = figure.In.ClauseOf(figure.Mention.Start);
        for (var c = own; c >= 0; c--)
        {
            if (c < own && NameBetween(figure.In.Names, clauses[c + 1].Start, figure.Mention.Start))
            {
                return null;
            }

            var start = clauses[c].Start;
            // 「集团首席运营官表示，预计…」: a statement's speaker is no actor of what the statement reports.
            if (c < own && finder.SourceAfter.Any(figure.Text, start, clauses[c].End))
            {
                return null;
            }

            var opening = figure.Text.AsSpan(start, figure.Mention.Start - start).TrimStart();
            var marker = Affixes.FirstStartingWith(opening, finder.SelfMarkers);
            var noun = marker is null ? Affixes.FirstStartingWith(opening, finder.BareSelfNouns) : Affixes.FirstStartingWith(opening[marker.Length..], finder.SelfNouns);
            if (noun is not null)
            {
                return (marker is null ? Referred(figure, finder, [Referent.EndingWith(noun)]) : null) ?? IssuerCalled(figure, finder, noun);
            }
        }

        return null;
    }

    // The publisher, else the first name of the title, that the issuer's noun ends (its canonical name or an alias).
    private static string? IssuerCalled(FigureContext figure, NameFinder finder, string noun)
    {
        var document = figure.In.Document;
        if (document.Publisher is { Length: > 0 } publisher)
        {
            var simplified = HanScript.ToSimplified(publisher).Trim();
            var name = finder.Lookup(simplified)?.Name ?? simplified;
            if (EndsWith(name, noun, finder))
            {
                return name;
            }
        }

        var title = HanScript.ToSimplified(document.Title);
        foreach (var n in finder.Find(title, 0, title.Length))
        {
            if (n.Kind != EntityKind.Title && EndsWith(n.Name, noun, finder))
            {
                return n.Name;
            }
        }

        return null;
    }

    private static bool EndsWith(string name, string noun, NameFinder finder)
    {
        if (name.EndsWith(noun, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var alias in finder.Aliases(name))
        {
            if (alias.EndsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? From(FigureContext figure, NameFinder finder, int start)
    {
        // On spans with loops: asked for every figure, and most clauses open with no anaphor and no suffix word.
        var clause = AfterTimeFrame(figure, figure.Text.AsSpan(start, figure.Mention.Start - start).TrimStart());
        var anaphor = Affixes.FirstStartingWith(clause, finder.Anaphora.Words) ?? "";
        var rest = clause[anaphor.Length..];
        var restStart = figure.Mention.Start - rest.Length;
        if (HasNameAt(figure.In.Names, restStart))
        {
            return AfterReportingVerb(figure, finder, clause) ?? EnglishBackReference(figure, finder, clause);
        }

        // 「陆港两地」「园区经济」: a compound the noun opens is no back reference (zh_back_reference_blockers).
        var blocked = Affixes.StartsWithAny(rest, finder.ZhBackReferenceBlockers);
        foreach (var (noun, refers) in finder.ZhBackReferences)
        {
            if (!blocked && rest.StartsWith(noun, StringComparison.Ordinal) && !Affixes.StartsWithAny(rest[noun.Length..], finder.FrameAfter.Words))
            {
                return Referred(figure, finder, refers);
            }
        }

        var modifier = anaphor.Length > 0 ? Modifier(rest, finder) : 0;
        if (Affixes.FirstStartingWith(rest[modifier..], finder.ZhSuffixes) is not { } suffix || Affixes.StartsWithAny(rest[(modifier + suffix.Length)..], finder.FrameAfter.Words))
        {
            // "The company said the railway has carried 2 million passengers": the noun after a reporting verb is what the
            // report is about; the speaker opening the clause is its source.
            return AfterReportingVerb(figure, finder, clause) ?? EnglishBackReference(figure, finder, clause);
        }

        return Referred(figure, finder, [Referent.EndingWith(suffix)]);
    }

    // How many Han characters may stand between an anaphor and the suffix it refers back by (「该品牌班列」: 品牌).
    private const int MaxModifier = 3;

    // 「该品牌班列」「该条线路」: a short modifier between an anaphor and a name's suffix; 0 when the suffix follows at once or none
    // follows within MaxModifier characters.
    private static int Modifier(ReadOnlySpan<char> rest, NameFinder finder)
    {
        if (Affixes.FirstStartingWith(rest, finder.ZhSuffixes) is not null)
        {
            return 0;
        }

        for (var k = 1; k <= MaxModifier && k < rest.Length && HanText.Is(rest[k - 1]); k++)
        {
            if (Affixes.FirstStartingWith(rest[k..], finder.ZhSuffixes) is not null)
            {
                return k;
            }
        }

        return 0;
    }

    // 「同期关区与沿线国家进出口…」「2024年合作区新增投资…」: a time cue written right before the noun, no comma between, frames
    // the clause as a time word opening it after a comma does; the noun after it opens the clause.
    private static ReadOnlySpan<char> AfterTimeFrame(FigureContext figure, ReadOnlySpan<char> clause)
    {
        var at = figure.Mention.Start - clause.Length;
        var cues = figure.In.TimeCues;
        for (var k = 0; k < cues.Count; k++) // an index loop: a foreach over the interface boxes an enumerator
        {
            if (cues[k].Start == at && cues[k].End < figure.Mention.Start)
            {
                return clause[(cues[k].End - at)..].TrimStart();
            }
        }

        return clause;
    }

    // "Kenya Ports Authority data shows the port handled 1.08 million TEUs": an article and noun right after a reporting
    // verb refer back as they do opening the clause.
    private static string? AfterReportingVerb(FigureContext figure, NameFinder finder, ReadOnlySpan<char> clause)
    {
        foreach (var verb in finder.ReportingVerbs)
        {
            var at = LastSpaced(clause, verb);
            if (at >= 0 && EnglishBackReference(figure, finder, clause[(at + verb.Length + 2)..]) is { } referred)
            {
                return referred;
            }
        }

        return null;
    }

    // Where the last " word " stands in the span (its space before), as LastIndexOf(" " + word + " ") finds it: asked for
    // every clause, so no padded string is made per word and figure.
    private static int LastSpaced(ReadOnlySpan<char> span, string word)
    {
        for (var end = span.Length; end > 0;)
        {
            var at = span[..end].LastIndexOf(word, StringComparison.Ordinal);
            if (at < 1)
            {
                return -1;
            }

            if (span[at - 1] == ' ' && at + word.Length < span.Length && span[at + word.Length] == ' ')
            {
                return at - 1;
            }

            end = at + word.Length - 1;
        }

        return -1;
    }

    // Where the first " word " starts in [from, end) of the text (its space before), as IndexOf(" " + word + " ", from, end - from).
    private static int NextSpaced(string text, string word, int from, int end)
    {
        for (var at = from + 1; at + word.Length < end;)
        {
            var found = text.AsSpan(at, end - at - 1).IndexOf(word, StringComparison.Ordinal);
            if (found < 0)
            {
                return -1;
            }

            found += at;
            if (text[found - 1] == ' ' && text[found + word.Length] == ' ')
            {
                return found - 1;
            }

            at = found + 1;
        }

        return -1;
    }

    private static bool ActorBetween(FigureContext figure, NameFinder finder, int start)
    {
        var names = figure.In.Names;
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start >= start && names[k].Start < figure.Mention.Start && !InParticipleClause(figure, finder, names[k]) && !CountedEarlier(figure, names[k]))
            {
                return true;
            }
        }

        return false;
    }

    // 「园区已吸引中国制造型企业220家…入驻，累计工业总产值超过260亿美元」: a name an earlier clause counts (its noun and a number
    // right after it: what the subject attracted) is that clause's object, no actor standing between the anaphor and a later figure.
    private static bool CountedEarlier(FigureContext figure, EntityName name)
    {
        var clause = figure.In.Sentence.Clauses[figure.In.ClauseOf(name.Start)];
        var text = figure.Text;
        var before = text.AsSpan(clause.Start, name.Start - clause.Start).Trim();
        if (clause.End > figure.Mention.Start || before.IsEmpty || Dashes.All.Contains(before[^1]) || before[^1] is '：' or ':')
        {
            return false; // a name opening its clause, or set off after a dash, is its subject (「…项目——联合钢铁一期总投资约14亿美元」)
        }

        for (var i = name.End; i < clause.End && i - name.End <= MaxCountedNoun; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                return true;
            }

            if (!HanText.Is(text[i]) || text[i] == '的')
            {
                return false; // 「全国中欧班列开行总量的30%」: a part of the name's total, not the name counted
            }
        }

        return false;
    }

    private const int MaxCountedNoun = 6;

    private static bool InParticipleClause(FigureContext figure, NameFinder finder, EntityName name)
    {
        var clause = figure.In.Sentence.Clauses[figure.In.ClauseOf(name.Start)];
        return clause.End <= figure.Mention.Start
            && Affixes.FirstStartingWith(figure.Text.AsSpan(clause.Start, clause.End - clause.Start).TrimStart(", "), finder.ParticipleOpenings) is not null;
    }

    internal static bool NameBetween(IReadOnlyList<EntityName> names, int start, int end)
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
        // "The $1.5 billion port was built …", "The 472km line … at a cost of": a figure between the article and the noun
        // describes the thing referred to, as an adjective does.
        rest = rest[FigureAt(figure, figure.Mention.Start - clause.Length + article.Length + 1, rest.Length)..];
        // "the Chinese group", "the Greek port": one capitalised adjective between the article and the noun.
        var adjective = rest.IndexOf(' ');
        if (adjective > 0 && char.IsAsciiLetterUpper(rest[0]) && NounAt(rest[(adjective + 1)..], finder) is not null)
        {
            rest = rest[(adjective + 1)..];
        }

        foreach (var (noun, refers) in finder.EnglishBackReferences)
        {
            if (rest.StartsWith(noun, StringComparison.Ordinal) && (rest.Length == noun.Length || !char.IsAsciiLetter(rest[noun.Length])))
            {
                return HasNameAt(figure.In.Names, figure.Mention.Start - clause.Length) ? null : Referred(figure, finder, refers);
            }
        }

        return null;
    }

    // How many characters a figure of the sentence starting at `at` takes with the space after it (0: none starts there).
    private static int FigureAt(FigureContext figure, int at, int within)
    {
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].Start == at && figures[k].End - at < within)
            {
                var end = figures[k].End;
                while (end < at + within && figure.Text[end] is ' ' or '-')
                {
                    end++;
                }

                return end - at;
            }
        }

        return 0;
    }

    // "The $1.5 billion port was built by …", "In its first year, the 25,000-TEU terminal …": an article right before the
    // figure and a back-reference noun right after it refer back as "The port" does, whatever the figure measures.
    // "The China Merchants group invested about 500 million dollars in the terminal, which has four berths … and a designed
    // capacity of 2.4 million TEUs a year": a figure in its own relative clause (relative_pronouns), no name before it there,
    // after a clause ending with an article and a back-reference noun is the thing the noun refers back to, as a relative
    // clause after a name is that name's (Actors.Antecedent); not the subject of the clause before. The relative clause serves
    // the later clauses of its list while no name stands between ("…, a 1,200-meter quay and a designed capacity of …").
    private static string? RelativeToReference(FigureContext figure, NameFinder finder)
    {
        var clauses = figure.In.Sentence.Clauses;
        var text = figure.Text;
        var c = figure.In.ClauseOf(figure.Mention.Start);
        while (c > 0 && Affixes.FirstStartingWith(text.AsSpan(clauses[c].Start, clauses[c].End - clauses[c].Start).TrimStart(", "), finder.RelativePronouns) is null)
        {
            c--;
        }

        if (c == 0 || NameBetween(figure.In.Names, clauses[c].Start, figure.Mention.Start))
        {
            return null;
        }

        var before = text.AsSpan(clauses[c - 1].Start, clauses[c - 1].End - clauses[c - 1].Start).TrimEnd(", ");
        foreach (var (noun, refers) in finder.EnglishBackReferences)
        {
            if (before.EndsWith(noun, StringComparison.Ordinal) && before.Length > noun.Length && before[^(noun.Length + 1)] == ' '
                && IsArticleBefore(before[..^(noun.Length + 1)], finder))
            {
                return Referred(figure, finder, refers);
            }
        }

        return null;
    }

    // Whether the text ends with an en_anaphora word ("the", "this") standing as a word of its own.
    private static bool IsArticleBefore(ReadOnlySpan<char> text, NameFinder finder)
    {
        foreach (var article in finder.EnglishAnaphora)
        {
            if (text.EndsWith(article, StringComparison.Ordinal) && (text.Length == article.Length || text[^(article.Length + 1)] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static string? NounAfterFigure(FigureContext figure, NameFinder finder) =>
        figure.Metric.Aggregation == Domain.Aggregation.Attribute ? null : AttributeOfReferred(figure, finder);

    // "Cross-border railway trains on the corridor totaled 4,480", "The first phase of that fund, worth $1 billion": an
    // article or demonstrative and a back-reference noun inside the sentence before the figure, where no name stands before
    // the figure and no object marker governs the noun ("trade with the bank's members"), refer back to the thing the
    // figure is about.
    private static string? InSentence(FigureContext figure, NameFinder finder)
    {
        var start = figure.In.Sentence.Start;
        if (NameBetween(figure.In.Names, start, figure.Mention.Start))
        {
            return null;
        }

        var text = figure.Text;
        foreach (var article in finder.EnglishAnaphora)
        {
            if (!char.IsAsciiLetterLower(article[0]))
            {
                continue;
            }

            for (var at = NextSpaced(text, article, start, figure.Mention.Start); at >= 0; at = NextSpaced(text, article, at + 1, figure.Mention.Start))
            {
                var before = text.AsSpan(start, at - start).TrimEnd();
                if (finder.ObjectMarkers.EndOf(before) is not null)
                {
                    continue;
                }

                var rest = text.AsSpan(at + article.Length + 2, figure.Mention.Start - at - article.Length - 2);
                // "Since the initiative was launched in 2013, cumulative engagement has reached …": the initiative invests and
                // trades nothing of its own; named mid-sentence it frames the figure, it does not own it.
                // "A passenger survey conducted by the company found that 48 percent …": a statement's source is no owner.
                if (NounAt(rest, finder) is { } noun && Refers(finder, noun) is { } refers
                    && !finder.SourceAfter.Any(text, at + article.Length + 2 + noun.Length, figure.Mention.Start)
                    && Referred(figure, finder, refers) is { } referred && finder.Lookup(referred)?.Kind != EntityKind.Initiative)
                {
                    return referred;
                }
            }
        }

        return null;
    }

    private static IReadOnlyList<Referent>? Refers(NameFinder finder, string noun)
    {
        foreach (var (n, refers) in finder.EnglishBackReferences)
        {
            if (n == noun)
            {
                return refers;
            }
        }

        return null;
    }

    /// <summary>"add another 100 billion yuan to the fund", "contribute $40 billion to set up the fund": an article and an
    /// anaphor's noun at <paramref name="at"/> (spaces aside) refer back as "The fund" opening a clause does; the name
    /// referred to, or null.</summary>
    internal static string? ReferredAt(FigureContext figure, NameFinder finder, int at)
    {
        var rest = figure.Text.AsSpan(at, Math.Max(0, figure.Clause.End - at)).TrimStart(' ');
        if (Affixes.FirstStartingWith(rest, finder.EnglishAnaphora) is not { } article || rest.Length <= article.Length || rest[article.Length] != ' ')
        {
            return null;
        }

        return NounAt(rest[(article.Length + 1)..], finder) is { } noun && Refers(finder, noun) is { } refers ? Referred(figure, finder, refers) : null;
    }

    // The anaphor's noun the text starts with, whole, if any.
    private static string? NounAt(ReadOnlySpan<char> text, NameFinder finder)
    {
        foreach (var (noun, _) in finder.EnglishBackReferences)
        {
            if (text.StartsWith(noun, StringComparison.Ordinal) && (text.Length == noun.Length || !char.IsAsciiLetter(text[noun.Length])))
            {
                return noun;
            }
        }

        return null;
    }

    /// <summary>"The 472km line between Mombasa and Nairobi": an article, a length or speed and an anaphor's noun refer back as
    /// "The line" does.</summary>
    internal static string? AttributeOfReferred(FigureContext figure, NameFinder finder)
    {
        var before = figure.ClauseBefore.TrimEnd();
        // "Built by China Communications Construction Company (CCCC), the 665km double-track line …": the article after a comma.
        before = before[(before.LastIndexOf(',') + 1)..].TrimStart();
        var after = figure.Text.AsSpan(figure.Mention.End, figure.Clause.End - figure.Mention.End).TrimStart();
        if (before.IsEmpty || Affixes.FirstStartingWith(before, finder.EnglishAnaphora) is not { } article || article.Length != before.Length)
        {
            return null;
        }

        // "the 665km double-track line", "the 750-km electrified railway": a modifier or two of lower-case words before the noun.
        for (var modifiers = 0; modifiers <= MaxModifiers && !after.IsEmpty; modifiers++)
        {
            foreach (var (noun, refers) in finder.EnglishBackReferences)
            {
                if (after.StartsWith(noun, StringComparison.Ordinal) && (after.Length == noun.Length || !char.IsAsciiLetter(after[noun.Length])))
                {
                    return Referred(figure, finder, refers);
                }
            }

            var word = after.IndexOfAnyExcept(LowerWord);
            if (word <= 0 || after[word] != ' ')
            {
                return null;
            }

            after = after[word..].TrimStart();
        }

        return null;
    }

    private const int MaxModifiers = 2;
    private static readonly System.Buffers.SearchValues<char> LowerWord = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    // The last name before the clause, in the sentence then in the paragraphs' earlier names, that ends with one of the
    // suffixes (or is of one of the kinds, "kind:institution"); else the document's own actor when it does; else the last
    // such name of the document's earlier paragraphs (news runs one sentence to a paragraph: "the port" may be named
    // three paragraphs up).
    internal static string? Referred(FigureContext figure, NameFinder finder, IReadOnlyList<Referent> refers) =>
        (refers.Count > 1 && refers[0].First ? ReferredIn(figure, finder, refers, firstOnly: true) : null) ?? ReferredIn(figure, finder, refers, firstOnly: false);

    private static string? ReferredIn(FigureContext figure, NameFinder finder, IReadOnlyList<Referent> refers, bool firstOnly)
    {
        var own = figure.In.DocumentEntity;
        return LastReferred(figure.In.Names, figure.Clause.Start, refers, finder, figure.Text, firstOnly)?.Name
            ?? LastReferred(figure.In.PreviousNames, int.MaxValue, refers, finder, figure.Text, firstOnly)?.Name
            ?? (Refers(own, finder.Lookup(own)?.Kind, refers, finder, firstOnly) ? own : null)
            ?? LastReferred(figure.In.OlderNames, int.MaxValue, refers, finder, figure.Text, firstOnly)?.Name;
    }

    // "MCKIP, the sister park of the China-Malaysia Qinzhou Industrial Park, …. The park employs …": a name inside an
    // appositive set off after another the anaphor may stand for (a comma, an article, a few words and "of") only
    // describes that one; the anaphor refers to the name the appositive describes.
    private static EntityName Described(IReadOnlyList<EntityName> names, int k, IReadOnlyList<Referent> refers, NameFinder finder, string text)
    {
        if (k == 0 || names[k - 1].End > names[k].Start || !Refers(names[k - 1].Name, names[k - 1].Kind, refers, finder) || finder.IsGeneric(names[k - 1]))
        {
            return names[k];
        }

        var gap = text.AsSpan(names[k - 1].End, names[k].Start - names[k - 1].End);
        var words = Articles.WithoutLast(gap.TrimEnd()).TrimEnd();
        // The appositive opens as Actors reads one set off after a name (entity-names.json appositive_openings).
        return gap.Length < AppositiveWithin && gap.StartsWith(", ", StringComparison.Ordinal) && Affixes.FirstStartingWith(gap[2..], finder.AppositiveOpenings) is not null
            && words.EndsWith(" of", StringComparison.Ordinal) && gap[1..].IndexOfAny(AppositiveBreaks) < 0
            ? names[k - 1]
            : names[k];
    }

    // How long an appositive before a name may be ("…, the sister park of the …"), and what ends one.
    private const int AppositiveWithin = 48;
    private static readonly System.Buffers.SearchValues<char> AppositiveBreaks = System.Buffers.SearchValues.Create(",.;:!?\n");

    /// <summary>
    /// The last name before <paramref name="end"/> that the test passes: in the figure's sentence, then the paragraph and the
    /// one before, then the document's older paragraphs ("through the port" three one-sentence paragraphs after the port's
    /// name). One walk for every back reference that reads a name by what stands around it (a port: its port word).
    /// </summary>
    internal static EntityName? Last<TState>(FigureContext figure, int end, Func<EntityName, TState, bool> test, TState state)
    {
        var names = figure.In.Names;
        for (var k = names.Count - 1; k >= 0; k--)
        {
            if (names[k].End <= end && test(names[k], state))
            {
                return names[k];
            }
        }

        return LastOf(figure.In.PreviousNames, test, state) ?? LastOf(figure.In.OlderNames, test, state);
    }

    private static EntityName? LastOf<TState>(IReadOnlyList<EntityName> names, Func<EntityName, TState, bool> test, TState state)
    {
        for (var k = names.Count - 1; k >= 0; k--)
        {
            if (test(names[k], state))
            {
                return names[k];
            }
        }

        return null;
    }

    // The last name ending by `end` that the anaphor may stand for; never a kind of service (「图定班列」「回程班列」: 「班列已辐射…」
    // refers to the programme, not to its scheduled trains), but a kind of service written right after a catalogued name
    // (「西部陆海新通道铁海联运班列…。班列运输的货物…」) is that name's: the bare word refers to it.
    internal static EntityName? LastReferred(IReadOnlyList<EntityName> names, int end, IReadOnlyList<Referent> refers, NameFinder finder, string text,
        bool firstOnly = false)
    {
        for (var k = names.Count - 1; k >= 0; k--)
        {
            if (names[k].End <= end && k > 0 && names[k - 1].End == names[k].Start && names[k - 1].IsCatalogued
                && Refers(names[k].Name, names[k].Kind, refers, finder, firstOnly) && finder.IsGeneric(names[k]))
            {
                return names[k - 1];
            }

            if (names[k].End <= end && Refers(names[k].Name, names[k].Kind, refers, finder, firstOnly) && !finder.IsGeneric(names[k])
                && finder.ClassAfter.At(text, names[k].End, text.Length) is null && !finder.IsClassComplement(text, names[k]))
            {
                return Described(names, k, refers, finder, text);
            }
        }

        return null;
    }

    // firstOnly: only the referents written first: (tried alone before the others, Referent.First).
    internal static bool Refers(string name, EntityKind? kind, IReadOnlyList<Referent> refers, NameFinder finder, bool firstOnly = false)
    {
        foreach (var r in refers)
        {
            if ((!firstOnly || r.First) && r.Matches(name, kind, finder))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasNameAt(IReadOnlyList<EntityName> names, int start) => NameAt(names, start) is not null;

    /// <summary>The name of <paramref name="names"/> that starts at <paramref name="start"/>, or null (a loop: no closure per figure).</summary>
    internal static EntityName? NameAt(IReadOnlyList<EntityName> names, int start)
    {
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start == start)
            {
                return names[k];
            }
        }

        return null;
    }
}
