using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// A label made from the figure's own words where no cue names its measure: the subject cut to its measure (actor,
/// ellipsis and adverbs dropped) with the count suffix of its unit, what counted countries did, what a movement moves.
/// </summary>
internal static class WordedLabels
{
    private const int MaxPredicate = 24;

    // What a label neither starts nor ends with; arrays built once, not per figure (the params form allocates one per call).
    private static readonly char[] LeadingParticles = ['的', '与', '和', '在', '对', '为', '向', '、', '，'];
    private static readonly char[] TrailingParticles = ['的', '、', '，'];

    /// <summary>
    /// 「运输品类由最初的50多种增加到1180多种」: both values of a movement measure what stands before its 由/从, with the
    /// count suffix of their unit (运输品类数), not the words between them.
    /// </summary>
    internal static string? Moved(FigureContext figure, string entity, MeaningCatalogs catalogs)
    {
        var figures = figure.In.Figures;
        var index = ReadOnlyLists.IndexOf(figures, figure.Mention);
        if (index < 0)
        {
            return null;
        }

        // The pair (a, b): this figure and the next, or the one before and this.
        var words = catalogs.Time;
        foreach (var first in (ReadOnlySpan<int>)[index, index - 1])
        {
            if (first < 0 || first + 1 >= figures.Count || figures[first].Unit != figures[first + 1].Unit)
            {
                continue;
            }

            var (a, b) = (figures[first], figures[first + 1]);
            var start = first > 0 ? Math.Max(figures[first - 1].End, figure.Clause.Start) : figure.Clause.Start;
            if (a.Start < start || words.To.EndOf(figure.Text.AsSpan(a.End, b.Start - a.End).TrimEnd()) is null)
            {
                continue;
            }

            var from = -1;
            foreach (var (at, _) in words.From.Find(figure.Text, start, a.Start))
            {
                from = at;
            }

            if (from <= start)
            {
                continue;
            }

            var label = Cut(figure.Text[start..from], entity, catalogs);
            if (label.Length < 2 || !HanText.Any(label))
            {
                return null;
            }

            return catalogs.Labels.CountSuffix.TryGetValue(figure.Unit, out var suffix) ? Joined(label, suffix) : label;
        }

        return null;
    }

    // A count's subject in a language whose count template puts the noun first ("{noun} ({context})": "cities (trains
    // have … in)") labels the noun, not the context after it.
    internal static string CountedNoun(FigureContext figure, SubjectWords subjects)
    {
        var template = subjects.For(figure.In.Document.Language).CountTemplate;
        const string Noun = "{noun}";
        if (!template.StartsWith(Noun, StringComparison.Ordinal) || template.IndexOf("{context}", StringComparison.Ordinal) is not (> 0 and var context))
        {
            return figure.Subject;
        }

        var separator = template[Noun.Length..context];
        var at = figure.Subject.IndexOf(separator, StringComparison.Ordinal);
        return at > 0 ? figure.Subject[..at] : figure.Subject;
    }

    // 「摆脱极端贫困的人」+「人数」 is 「摆脱极端贫困的人数」: the suffix's start that the label already ends with is not written twice.
    internal static string Joined(string label, string suffix)
    {
        for (var k = suffix.Length - 1; k > 0; k--)
        {
            if (label.EndsWith(suffix.AsSpan(0, k), StringComparison.Ordinal))
            {
                return string.Concat(label, suffix.AsSpan(k));
            }
        }

        return label + suffix;
    }

    // What no row label holds: a digit (a date, the figure itself: 「9万列！」) or a headline's or bracket's punctuation.
    private static readonly System.Buffers.SearchValues<char> DebrisChars = System.Buffers.SearchValues.Create("0123456789！？!?【】[]|");

    /// <summary>
    /// Whether words read from the text are clause debris rather than a row label: empty, holding a digit or a headline's
    /// punctuation, a bracket cut in two, or an English word (「from的Francis units数」: row labels are Chinese; capitals
    /// alone, GDP, AEO, TEU, are names a label keeps).
    /// </summary>
    internal static bool IsDebris(string label) => label.Length == 0 || label.AsSpan().IndexOfAny(DebrisChars) >= 0 || Unbalanced(label) || HasEnglishWord(label);

    private static bool HasEnglishWord(string label)
    {
        for (var k = 1; k < label.Length; k++)
        {
            if (char.IsAsciiLetterLower(label[k]) && char.IsAsciiLetterLower(label[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // 「区、市）的市」: words cut out of a bracket (a closing one with no opening one before it, or the reverse) are debris.
    private static bool Unbalanced(string label)
    {
        var depth = 0;
        foreach (var c in label)
        {
            depth += c is '（' or '(' ? 1 : c is '）' or ')' ? -1 : 0;
            if (depth < 0)
            {
                return true;
            }
        }

        return depth != 0;
    }

    // Asked for every figure without a catalogued cue: a loop over the span, not a copy of the clause and a closure per figure.
    internal static string? SubsetWord(ReadOnlySpan<char> clauseBefore, LabelWords catalog)
    {
        var words = catalog.SubsetWords.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (clauseBefore.StartsWith(words[i], StringComparison.OrdinalIgnoreCase))
            {
                return words[i];
            }
        }

        return null;
    }

    /// <summary>
    /// 「在44个国家设立46家海外中国文化中心」 → 「设立海外中国文化中心的国家数」: countries are counted by what they did or
    /// had done with them, which the clause states after them (other figures' numerals left out).
    /// </summary>
    internal static string? CountriesThat(FigureContext figure, MeaningCatalogs catalogs)
    {
        var text = figure.Text;
        // Only a classifier and its noun (「个国家」) read so; an English noun ("countries") has what they did before it.
        if (figure.Mention.MeasureWord is not { Length: > 1 } measure || !HanText.Any(measure.AsSpan(0, 1)) || text.AsSpan(figure.Mention.End).TrimStart().StartsWith("的"))
        {
            return null;
        }

        var predicate = new StringBuilder();
        var at = figure.Mention.End;
        foreach (var other in figure.In.Figures.Where(f => f.Start >= figure.Mention.End && f.Start < figure.Clause.End))
        {
            predicate.Append(text, at, other.Start - at);
            // Keep the noun an other figure counts (「20多个农业技术示范中心」), drop its numeral and classifier.
            // An amount's currency (「177.9亿美元」) is no noun.
            at = other.MeasureWord is { Length: > 1 } word && other.Unit.ToUnit()?.IsCurrency() != true ? other.End - (word.Length - 1) : other.End;
        }

        predicate.Append(text, at, Math.Max(0, figure.Clause.End - at));
        var label = Having(Cut(string.Concat(predicate.ToString().Where(c => !char.IsWhiteSpace(c))), "", catalogs).TrimEnd('。', '；', '）', ')'), catalogs);
        var noun = HanScript.ToSimplified(measure[1..].Trim());
        var partners = catalogs.Labels.Partners;
        if (noun == CountedCountries && partners.CountsPartners(text, figure.Clause.Start, figure.Mention.Start))
        {
            noun = partners.Label;
        }

        // 「…的代表确认出席17至18日在北京举行的…」: a predicate with a date or number in it is a clause, not what the countries did.
        return label.Length is >= 2 and <= MaxPredicate && noun.Length > 0 && !IsDebris(label) ? label + "的" + noun + "数" : null;
    }

    private const string CountedCountries = "国家";

    // 「开展非金融类直接投资」「进行非金融类直接投资」「非金融类直接投资177.9亿美元」 → 「有非金融类直接投资」: a light verb
    // (label-words.json light_verbs) before a measure of the catalogue, or none, says only that the measure took place; the
    // countries counted are those that have it, one row whichever verb («开展线上直播培训» names no catalogued measure
    // and keeps its verb).
    private static string Having(string predicate, MeaningCatalogs catalogs)
    {
        var verb = catalogs.Labels.LightVerbs.At(predicate, 0, predicate.Length) ?? "";
        var rest = predicate[verb.Length..];
        return catalogs.Metrics.Measures.Any(m => m.Label is { Length: >= 2 } label && rest.StartsWith(label, StringComparison.Ordinal))
            ? catalogs.Labels.LightVerbAs + rest
            : predicate;
    }

    /// <summary>
    /// 「该倡议可使全球贸易增长」: what a causative (可使, 将使 …) makes rise or fall is the measure, not what causes it; the
    /// subject after the last one, where a word of two characters or more follows it.
    /// </summary>
    internal static string AfterCausative(string subject, LabelWords catalog)
    {
        var last = catalog.Causatives.Last(subject, 0, subject.Length);
        if (last < 0)
        {
            return subject;
        }

        var rest = subject[(last + catalog.Causatives.At(subject, last, subject.Length)!.Length)..];
        return rest.Length >= 2 ? rest : subject;
    }

    /// <summary>The subject cut to its measure: after the last ellipsis, without the actor's names and adverbs.</summary>
    internal static string Cut(string subject, string entity, MeaningCatalogs catalogs)
    {
        var catalog = catalogs.Labels;
        var text = subject;
        var ellipsis = text.LastIndexOf('…');
        if (ellipsis >= 0 && ellipsis + 1 < text.Length)
        {
            text = text[(ellipsis + 1)..];
        }

        text = WithoutExamples(text, catalog, catalogs.Names);
        text = WithoutNames(text, entity, catalogs.Names);
        foreach (var (start, end) in catalog.Strip.Find(text, 0, text.Length).Reverse())
        {
            text = text.Remove(start, end - start);
        }

        text = text.Replace("共建“”", "", StringComparison.Ordinal).Replace("“”", "", StringComparison.Ordinal);
        text = WithoutOrigin(text, catalog.Origins);

        // 「形成的务实成果」「把同各方共建的联合实验室」: a generic verb or a prepositional phrase before 的 says nothing a row label needs.
        var of = text.IndexOf('的');
        if (of > 0 && (catalog.GenericVerbs.EndOf(text.AsSpan(0, of)) is not null || Affixes.StartsWithAny(text, catalog.Prepositions.Words)))
        {
            text = text[(of + 1)..];
        }

        // 「单日旅客上座率最高达99.6%」「入住率稳定在85%以上」: an adverb or verb the figure's predicate opens with is no part of the row (label-words.json trailing).
        text = text.Trim().TrimStart(LeadingParticles).TrimEnd(TrailingParticles).Trim();
        while (catalog.Trailing.EndOf(text) is { } trailing && trailing.Length < text.Length)
        {
            text = text[..^trailing.Length].TrimEnd(TrailingParticles);
        }

        return text;
    }

    /// <summary>
    /// 「来自150个国家、92个国际组织的6000余名外宾参会」「获准来自中国的制造业外资」: where the counted or measured thing
    /// comes from (label-words.json origins, up to the 的 after it) names no row; its figures are counts of their own.
    /// </summary>
    internal static string WithoutOrigin(string text, WordList origins)
    {
        var at = origins.Last(text, 0, text.Length);
        var of = at < 0 ? -1 : text.IndexOf('的', at);
        return of < 0 ? text : string.Concat(text.AsSpan(0, at), text.AsSpan(of + 1));
    }

    /// <summary>
    /// 「国内集货地覆盖天津、长沙等的城市」 → 「国内集货地覆盖的城市」: items listed with 、 and closed by an example word
    /// (label-words.json examples.ends) are examples of what is counted, not its name. The first item starts after the
    /// last verb that opens examples (examples.openers: 覆盖, 涉及, 开设 …) before the first 、, else where a catalogued name
    /// ending at the first 、 starts, else at the words' start; nothing is cut elsewhere (a word would be cut in two).
    /// </summary>
    internal static string WithoutExamples(string text, LabelWords labels, NameFinder names)
    {
        if (text.IndexOf('、') < 0)
        {
            return text; // most labels list nothing
        }

        // From the last list back, searching again before each cut: a cut may take an earlier list with it (its run of Han
        // characters crosses that list's 等), whose offsets in the uncut text would point past the shortened one.
        for (var limit = text.Length; limit > 0;)
        {
            var end = labels.ExampleEnds.Last(text, 0, limit);
            if (end < 0)
            {
                break;
            }

            var after = end + labels.ExampleEnds.At(text, end, limit)!.Length;
            limit = end;
            var run = end;
            while (run > 0 && (HanText.Is(text[run - 1]) || text[run - 1] is '、' or '“' or '”' or '「' or '」'))
            {
                run--;
            }

            var first = text.IndexOf('、', run, end - run);
            if (first <= run)
            {
                continue;
            }

            var start = -1;
            foreach (var (_, verbEnd) in labels.ExampleOpeners.Find(text, run, first))
            {
                start = verbEnd;
            }

            if (start < 0)
            {
                foreach (var name in names.Find(text, run, first))
                {
                    if (name.End == first)
                    {
                        start = name.Start;
                        break;
                    }
                }
            }

            if (start < 0 && run == 0)
            {
                start = 0;
            }

            if (start >= 0 && start < first)
            {
                text = text.Remove(start, after - start);
                limit = start;
            }
        }

        return text;
    }

    /// <summary>
    /// 「可直达沿线的国家」 → 「通达沿线国家」: a count's words that name what a service reaches (label-words.json reach) are
    /// the reach row: its label and the words after the verb, without the actor before it or the 的 before the noun; the
    /// words as they are where no reach word stands in them.
    /// </summary>
    internal static string Reached(string words, LabelWords labels)
    {
        foreach (var (start, end) in labels.ReachWords.Find(words, 0, words.Length))
        {
            var rest = words[end..];
            var of = rest.LastIndexOf('的');
            return rest.Length == 0 ? words : labels.ReachLabel + (of >= 0 ? rest.Remove(of, 1) : rest);
        }

        return words;
    }

    // The subject without the actor's names and initiatives, last first so earlier offsets hold; the text itself when
    // none stands in it (most subjects: no builder, no copy).
    internal static string WithoutNames(string text, string entity, NameFinder finder)
    {
        var names = finder.Find(text, 0, text.Length);
        StringBuilder? builder = null;
        // The names come in start order: walked back run by run, each run of one start in its own order (a stable sort's).
        for (var k = names.Count - 1; k >= 0;)
        {
            var run = k;
            while (run > 0 && names[run - 1].Start == names[k].Start)
            {
                run--;
            }

            for (var j = run; j <= k; j++)
            {
                if (names[j].Name == entity || names[j].Kind == EntityKind.Initiative)
                {
                    builder ??= new StringBuilder(text);
                    builder.Remove(names[j].Start, names[j].End - names[j].Start);
                }
            }

            k = run - 1;
        }

        return builder?.ToString() ?? text;
    }
}
