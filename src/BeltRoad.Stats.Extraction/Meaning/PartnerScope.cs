using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// China's trade, investment and contracts with the partner countries are not its totals (data: partner_scope in
/// Resources/label-words.json): 「对共建国家出口10.73万亿元」 is 对共建国家出口额, "our trade with partner countries" is
/// 与共建国家进出口总额. The group is named right after a preposition (与, 对, 自, 在, with, to …), in the sentence
/// before the figure in Chinese (also counted: 在沿线61个国家), in its clause in English; the label takes the measure's own preposition, whichever the
/// text used, so that a measure has one row.
/// </summary>
internal sealed record PartnerScope(WordList Groups, string Label, IReadOnlySet<string> Prepositions, IReadOnlyDictionary<string, string> Measures, IReadOnlyList<string> CountedGroups,
    IReadOnlyDictionary<string, IReadOnlySet<string>> PrepositionForms, IReadOnlyDictionary<string, IReadOnlyList<(WordList Words, string Subset)>> SubsetMeasures,
    IReadOnlyDictionary<string, string> ScopedRows, WordList Anaphors, WordList Pronouns, WordList NationalWords, WordList Bilateral, WordList LocatedBy)
{
    private static readonly EntityKind[] PartnerKinds = [EntityKind.Country, EntityKind.Place, EntityKind.Region, EntityKind.CountryGroup];
    private const string Hyphens = "-–—";

    private const string CountedNoun = "国家";
    private const string CountWords = "个多余";
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？\n");

    public static PartnerScope Read(JsonElement e) => new(
        new WordList(e.GetProperty("groups").EnumerateArray().Select(x => x.GetString()!)),
        e.GetProperty("label").GetString()!,
        e.GetProperty("prepositions").EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase),
        e.GetProperty("measures").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
        [.. e.GetProperty("counted_groups").EnumerateArray().Select(x => x.GetString()!)],
        e.GetProperty("preposition_forms").EnumerateObject().ToDictionary(
            p => p.Name, p => (IReadOnlySet<string>)p.Value.EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal),
        e.GetProperty("subset_measures").EnumerateArray().GroupBy(x => x.GetProperty("label").GetString()!, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<(WordList, string)>)g.Select(x => (new WordList(x.GetProperty("words").EnumerateArray().Select(w => w.GetString()!)), x.GetProperty("subset").GetString()!)).ToList(),
            StringComparer.Ordinal),
        e.GetProperty("scoped_rows").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
        new WordList(e.GetProperty("anaphors").EnumerateArray().Select(x => x.GetString()!)),
        new WordList(e.GetProperty("pronouns").EnumerateArray().Select(x => x.GetString()!)),
        new WordList(e.GetProperty("national_words").EnumerateArray().Select(x => x.GetString()!)),
        new WordList(e.GetProperty("bilateral").EnumerateArray().Select(x => x.GetString()!)),
        new WordList(e.GetProperty("located_by").EnumerateArray().Select(x => x.GetString()!)));

    /// <summary>The partner countries' label of <paramref name="measure"/> (「对共建国家出口额」), or null where it is not one they scope.</summary>
    public string? Scoped(string measure) => Measures.TryGetValue(measure, out var preposition) ? preposition + Label + Row(measure) : null;

    /// <summary>
    /// <paramref name="label"/> without the partner countries' scope (与共建国家进出口总额 → 进出口总额): a yearly rate names
    /// what grew, the row above it names with whom; the label itself where it is no partner row.
    /// </summary>
    public string Unscoped(string label)
    {
        foreach (var preposition in PrepositionForms.Keys)
        {
            if (label.Length > preposition.Length + Label.Length && label.StartsWith(preposition, StringComparison.Ordinal)
                && string.CompareOrdinal(label, preposition.Length, Label, 0, Label.Length) == 0)
            {
                return label[(preposition.Length + Label.Length)..];
            }
        }

        return label;
    }

    /// <summary>
    /// 「2023年中孟双边贸易额238.9亿美元…。其中，中方出口228.7亿美元…；中方进口10.2亿美元」: a Chinese figure of <paramref name="measure"/> in a
    /// sentence opening with a subset word is part of the total the sentence before gave one named partner (its last figure of
    /// the unit, a partner row 与孟加拉国进出口总额): that partner's row of the measure (对孟加拉国出口额, 自孟加拉国进口额); null otherwise
    /// (the partner countries' group is <see cref="Scopes"/>'s), or where the figure's own clause names a pair (「其中，中乌进出口…」).
    /// </summary>
    public string? SubsetOfNamed(FigureContext figure, string measure, LabelWords labels, NameFinder names)
    {
        var (context, text) = (figure.In, figure.Text);
        // 「其中，中吉进出口…，中乌进出口…」: a pair of the figure's own names its own partner.
        if (!Measures.TryGetValue(measure, out var preposition) || !HanText.Any(figure.Subject) || names.Pairs.Pair(figure) is not null
            || WordedLabels.SubsetWord(text.AsSpan(context.Sentence.Start, figure.Mention.Start - context.Sentence.Start).TrimStart(), labels) is null)
        {
            return null;
        }

        var previous = context.PreviousIndicators;
        for (var k = previous.Count - 1; k >= 0; k--)
        {
            if (previous[k].Unit == figure.Unit)
            {
                return PartnerOf(previous[k].Indicator) is { } partner && !IsGroup(context.PreviousNames, partner) ? preposition + partner + Row(measure) : null;
            }
        }

        return null;
    }

    // 「中国与中亚五国进出口…。其中，中吉进出口…」: a group's total is broken down by its members, each named in its own clause.
    private static bool IsGroup(IReadOnlyList<EntityName> names, string partner)
    {
        foreach (var n in names)
        {
            if (n.Name == partner && n.Kind is EntityKind.CountryGroup or EntityKind.Region)
            {
                return true;
            }
        }

        return false;
    }

    // The one partner a partner row names (与孟加拉国进出口总额 → 孟加拉国), not the partner countries' group; else null.
    private string? PartnerOf(string indicator)
    {
        foreach (var preposition in PrepositionForms.Keys)
        {
            if (!indicator.StartsWith(preposition, StringComparison.Ordinal))
            {
                continue;
            }

            // The longest row the label ends with (对孟加拉国农产品出口额: 农产品出口额, not 出口额).
            var longest = "";
            foreach (var measure in Measures.Keys)
            {
                var row = Row(measure);
                if (row.Length > longest.Length && indicator.Length > preposition.Length + row.Length && indicator.EndsWith(row, StringComparison.Ordinal))
                {
                    longest = row;
                }
            }

            if (longest.Length > 0)
            {
                var partner = indicator[preposition.Length..^longest.Length];
                return partner == Label ? null : partner;
            }
        }

        return null;
    }

    // The row a measure takes with a partner: its own, or the one scoped_rows gives it (货物贸易进出口额 → 进出口总额).
    private string Row(string measure) => ScopedRows.GetValueOrDefault(measure) ?? measure;

    /// <summary>
    /// Whether the partner countries are named after a preposition: in Chinese anywhere in the sentence before the figure
    /// (「我国企业在沿线国家新签…合同额A；完成营业额B」), or the one before a sentence opening with 其中; in English in the
    /// sentence up to the end of the figure's clause ("Chinese enterprises signed … in Belt and Road partner countries, with a
    /// newly signed contract value of RMB 599.26 billion").
    /// </summary>
    public bool Scopes(FigureContext figure, LabelWords labels, string measure)
    {
        var text = figure.Text;
        var english = !HanText.Any(figure.Subject);
        var (start, end) = english ? (figure.In.Sentence.Start, figure.Clause.End) : (figure.In.Sentence.Start, figure.Mention.Start);
        if (!english && start > 1 && WordedLabels.SubsetWord(text.AsSpan(start, end - start).TrimStart(), labels) is not null)
        {
            // 「…在共建国家新签合同额A。其中，9月份新签合同额B」: a subset is of the sentence before it; 「我国对共建国家进出口
            // 23.6万亿元…。共建国家在我国外贸中的比重…升至51.9%。其中，出口13.5万亿元」: or of the total a share's sentence
            // between them went on with, two sentences back.
            // The sentence before, past the line breaks between (one sentence to a paragraph: 「…相关国家进出口总值…。\n\n当中，出口…」).
            var before = SentencesBack(text, start, 1);
            var forms0 = Forms(measure);
            if (!Named(text, before, end, figure.Mention.Start, figure.Mention.End, forms0) && !Referred(figure, before, end, forms0)
                && !TotalBetween(figure.In.PreviousIndicators) && SentencesBack(text, before, 1) is var older && older < before
                && Named(text, older, before, -1, -1, null))
            {
                return true;
            }

            start = before;
        }

        var forms = Forms(measure);
        return Named(text, start, end, figure.Mention.Start, figure.Mention.End, forms) || Referred(figure, start, end, forms);
    }

    // Whether the sentence between a subset and the sentence before it states an amount of another whole (a national total).
    private bool TotalBetween(IReadOnlyList<(Unit Unit, string Indicator)> between)
    {
        foreach (var (unit, indicator) in between)
        {
            if (unit.IsCurrency() && !indicator.Contains(Label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// 「同期，对共建国家非金融类直接投资2240.9亿元，增长28.4%。承包工程完成营业额9305亿元」, "Chinese enterprises signed … new
    /// project contracts in Belt and Road partner countries, with a newly signed contract value of …. The completed turnover was
    /// RMB 405.07 billion": a sentence of the same paragraph that names no group goes on with the partner countries the sentence
    /// before gave its figures' rows, unless that one was a subset (其中…: the next returns to the whole) or the figure's own
    /// sentence names the whole (national_words: 全国, 整体, overall, total …).
    /// </summary>
    public bool Carried(FigureContext figure, LabelWords labels)
    {
        var context = figure.In;
        if (context.Before is not { } before || before.Paragraph != context.Sentence.Paragraph)
        {
            return false;
        }

        var scoped = false;
        foreach (var (_, indicator) in context.PreviousIndicators)
        {
            scoped |= indicator.Contains(Label, StringComparison.Ordinal) && Measures.Keys.Any(m => indicator.EndsWith(Row(m), StringComparison.Ordinal));
        }

        var text = figure.Text;
        return scoped
            && WordedLabels.SubsetWord(text.AsSpan(before.Start, before.End - before.Start).TrimStart(), labels) is null
            && !NationalWords.Any(text, context.Sentence.Start, figure.Clause.End)
            && !Groups.Any(text, context.Sentence.Start, context.Sentence.End);
    }

    // "In the first five months, China's investment in partner countries rose …. During this period, Chinese enterprises
    // signed new contracts worth 48.4 billion U.S. dollars in these countries", "trade with countries along the routes …,
    // while imports from those countries exceeded $666 billion": an anaphor after a preposition (in these countries,
    // 在这些国家) refers to the group named before it in its sentence, else in the sentence before, else in the two sentences
    // before that (an anaphor wants an antecedent: "… partner countries rose 5%. That was 47.4% of the total. During the same
    // period, exports to those countries climbed 6.7%"); a pronoun ("imports from them") only to one named in its sentence
    // or the sentence before.
    private bool Referred(FigureContext figure, int start, int end, IReadOnlySet<string>? forms)
    {
        var text = figure.Text;
        foreach (var (at, _) in Anaphors.Find(text, start, end))
        {
            if (AfterPreposition(text, start, at, forms) && Resolved(figure, start, at))
            {
                return true;
            }
        }

        // "exports to those countries climbed …, while imports from them increased": a pronoun's antecedent may be an anaphor
        // its sentence resolved before it.
        foreach (var (at, _) in Pronouns.Find(text, start, end))
        {
            if (AfterPreposition(text, start, at, forms)
                && (Named(text, start, at, -1, -1, null) || (figure.In.Before is { } before && Named(text, before.Start, before.End, -1, -1, null))
                    || Anaphors.Find(text, start, at).Any(a => AfterPreposition(text, start, a.Start, null) && Resolved(figure, start, a.Start))))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a group stands before an anaphor at `at`: in its sentence, the sentence before, or the two before that.
    private bool Resolved(FigureContext figure, int start, int at) =>
        Named(figure.Text, start, at, -1, -1, null) || (figure.In.Before is { } before
            && (Named(figure.Text, before.Start, before.End, -1, -1, null) || Named(figure.Text, SentencesBack(figure.Text, before.Start, 2), before.Start, -1, -1, null)));

    // The start of the sentence `count` sentences before the one starting at `start` (a sentence ends at 。！？, a line
    // break, or a full stop, question or exclamation mark before a space).
    private static int SentencesBack(string text, int start, int count)
    {
        var at = start;
        for (var k = 0; k < count && at > 0; k++)
        {
            var end = at - 1;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var from = end - 1;
            while (from > 0 && !(SentenceEnds.Contains(text[from - 1]) || (text[from - 1] is '.' or '?' or '!' && char.IsWhiteSpace(text[from]))))
            {
                from--;
            }

            at = Math.Max(0, from);
        }

        return at;
    }

    /// <summary>Whether the partner countries are named after a preposition in [start, end) of the text (a sentence before the figure's).</summary>
    public bool NamedIn(string text, int start, int end, string measure) => Named(text, start, end, -1, -1, Forms(measure));

    // The prepositions an English text may name the partners of the measure with ("investment from the Belt and Road
    // countries" names the investors, not the partners); null where the measure is not one the partners scope.
    private IReadOnlySet<string>? Forms(string measure) =>
        Measures.TryGetValue(measure, out var preposition) ? PrepositionForms.GetValueOrDefault(preposition) : null;

    // The groups after a preposition in [start, end), the figure's own words [skipStart, skipEnd) aside, or a counted group.
    private bool Named(string text, int start, int end, int skipStart, int skipEnd, IReadOnlySet<string>? forms)
    {
        foreach (var (at, groupEnd) in Groups.Find(text, start, end))
        {
            // 「我国企业在共建国家建设的境外经贸合作区累计投资…」: a group in a clause describing the noun after it (LocatedBy:
            // 建设的) says where that thing is; the thing's own figures are not scoped to the partner countries.
            if ((at < skipStart || at >= skipEnd) && AfterPreposition(text, start, at, forms) && LocatedBy.At(text, groupEnd, end) is null)
            {
                return true;
            }
        }

        // 「在沿线61个国家新签…」: a counted group (its count is a figure of its own).
        for (var at = text.IndexOf(CountedNoun, start, end - start, StringComparison.Ordinal); at > 0; at = text.IndexOf(CountedNoun, at + 1, end - at - 1, StringComparison.Ordinal))
        {
            var count = at;
            while (count > start && (char.IsAsciiDigit(text[count - 1]) || CountWords.Contains(text[count - 1])))
            {
                count--;
            }

            var group = GroupEnd(text, start, count);
            if (count < at && CountedGroupBefore(text, start, group,
                groupStart => group < count && text[group] != CountedLink ? forms is null || forms.Contains(text[group..count]) : AfterPreposition(text, start, groupStart, forms)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// 「在沿线61个国家」「对“一带一路”沿线45个国家」「在“一带一路”沿线对57个国家」: the countries counted from
    /// <paramref name="count"/> are the partner countries when a counted group stands right before the count (one
    /// preposition may stand between) in [start, count).
    /// </summary>
    public bool CountsPartners(string text, int start, int count) => CountedGroupBefore(text, start, GroupEnd(text, start, count), _ => true);

    // 「在“一带一路”沿线对57个国家」: the measure's preposition may stand between the group and its count, and so may 的
    // (「对“一带一路”沿线的56个国家」「在“一带一路”沿线的61个国家」, as MOFCOM's releases wrote it); where the group ends.
    private int GroupEnd(string text, int start, int count) =>
        count > start && (Prepositions.Contains(text[(count - 1)..count]) || text[count - 1] == CountedLink) ? count - 1 : count;

    private const char CountedLink = '的';

    // Whether a counted group ends at groupEnd, in [start, groupEnd), with where it starts passing opens (each group tried:
    // 「“一带一路”沿线」 and 「沿线」 both end there, and the preposition before each differs).
    private bool CountedGroupBefore(string text, int start, int groupEnd, Func<int, bool> opens) =>
        CountedGroups.Any(g => groupEnd - g.Length >= start && text.AsSpan(groupEnd - g.Length, g.Length).SequenceEqual(g) && opens(groupEnd - g.Length));

    // A preposition right before the group: one Han character, or the English word before it (an article aside), one of
    // the measure's forms where it has them.
    private bool AfterPreposition(string text, int start, int at, IReadOnlySet<string>? forms)
    {
        if (at > start && Prepositions.Contains(text[(at - 1)..at]))
        {
            return true;
        }

        // "in the countries along the route": an article may stand between; so may a count of the countries ("in 56 Belt and
        // Road countries", "in 61 countries along the Belt and Road").
        var before = Articles.WithoutLast(WithoutCount(text.AsSpan(start, at - start).TrimEnd())).TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..].ToString();
        return Prepositions.Contains(word) && (forms is null || forms.Contains(word));
    }

    // A count of countries (up to three digits: a year is no count) ending an English gap, and the space before it.
    private static ReadOnlySpan<char> WithoutCount(ReadOnlySpan<char> gap)
    {
        var space = gap.LastIndexOf(' ');
        var last = gap[(space + 1)..];
        return space > 0 && last.Length is >= 1 and <= MaxCountDigits && !last.ContainsAnyExceptInRange('0', '9') ? gap[..space].TrimEnd() : gap;
    }

    private const int MaxCountDigits = 3;

    /// <summary>
    /// The row of <paramref name="measure"/> with the one partner its figure names, other than the figure's entity: the
    /// abbreviated pair (「中孟双边贸易额」 → 与孟加拉国进出口总额), an abbreviation after a preposition (「对非投资」 → 对非洲投资额), or a
    /// catalogued country, place or group after a preposition in the figure's clause before it (「中国与东盟进出口总额」, "its
    /// imports from Africa", "trade between China and Africa", "China-Africa trade"); the preposition the text uses must be
    /// one of the measure's forms ("investment from Singapore" names the investor); with <paramref name="after"/> (a realised
    /// figure: "China invested $432.7 million in Pakistan"; a pledge "to Pakistan" names no partner) also right after the
    /// figure. Null where none is named.
    /// </summary>
    public string? NamedPartner(FigureContext figure, string measure, string entity, NameFinder names, int? from = null, bool after = false)
    {
        if (!Measures.TryGetValue(measure, out var preposition) || !PrepositionForms.TryGetValue(preposition, out var forms))
        {
            return null;
        }

        var pairs = names.Pairs;
        var partner = pairs.Pair(figure) is { } pair ? (pair.Second == entity ? pair.First : pair.Second) : null;
        partner ??= pairs.AfterPreposition(figure, forms) ?? Named(figure, forms, entity, from ?? figure.Clause.Start) ?? (after ? NamedAfter(figure, forms, entity) : null);
        if (partner is null && Bilateral.Any(figure.Text, figure.Clause.Start, figure.Mention.Start))
        {
            return BilateralPartner(figure) is { } named ? preposition + pairs.Label(named) + Row(measure) : null;
        }

        return partner is null || partner == entity ? null : preposition + pairs.Label(partner) + Row(measure);
    }

    /// <summary>
    /// 「欧盟、美国、韩国和日本依序排在其后，我国与上述四方进出口分别为1.75万亿元、1.47万亿元、7287亿元和7030.5亿元」, "trade with South
    /// Korea and Japan came to 728.7 billion yuan and 703.05 billion yuan respectively": amounts listed with a respectively word
    /// in their sentence take, in order, the partners listed before the first of them (catalogued countries, places or groups
    /// other than China, nothing but commas, 、 and a conjunction between) when the counts agree; null otherwise.
    /// </summary>
    public string? Respective(FigureContext figure, string measure, WordList respectively, NameFinder names)
    {
        var (text, sentence) = (figure.Text, figure.In.Sentence);
        if (!Measures.TryGetValue(measure, out var preposition) || !respectively.Any(text, sentence.Start, sentence.End))
        {
            return null;
        }

        var list = ListedFigures.SameUnitInClause(figure);
        var index = list.IndexOf(figure.Mention);
        if (list.Count < 2 || index < 0 || !list.Zip(list.Skip(1)).All(p => ListedFigures.OnlyJoints(text.AsSpan(p.First.End, Math.Max(0, p.Second.Start - p.First.End)))))
        {
            return null;
        }

        // The last run of partners listed before the first figure.
        var run = new List<EntityName>();
        foreach (var n in figure.In.Names)
        {
            if (n.Start < sentence.Start || n.End > list[0].Start || !PartnerKinds.Contains(n.Kind) || n.Name == Home)
            {
                continue;
            }

            if (run.Count > 0 && (n.Start < run[^1].End || !ListedFigures.OnlyJoints(text.AsSpan(run[^1].End, n.Start - run[^1].End))))
            {
                run.Clear();
            }

            run.Add(n);
        }

        return run.Count == list.Count ? preposition + names.Pairs.Label(run[index].Name) + Row(measure) : null;
    }

    // 「东盟仍是我国最大贸易伙伴，双边进出口6.98万亿元」, "ASEAN stayed China's largest trading partner. Trade with the bloc rose
    // 8.5% to 2.18 trillion yuan": bilateral trade (bilateral: 双边, bilateral, the bloc) is with the last catalogued country,
    // place or group other than China named before it in its sentence, else in the sentence before (in its paragraph).
    private static string? BilateralPartner(FigureContext figure)
    {
        static string? Last(IReadOnlyList<EntityName> names, int start, int end)
        {
            string? found = null;
            foreach (var n in names)
            {
                if (n.Start >= start && n.End <= end && PartnerKinds.Contains(n.Kind) && n.Name != Home)
                {
                    found = n.Name;
                }
            }

            return found;
        }

        return Last(figure.In.Names, figure.In.Sentence.Start, figure.Mention.Start)
            ?? (figure.In.Before is { } before && before.Paragraph == figure.In.Sentence.Paragraph ? Last(figure.In.PreviousNames, before.Start, before.End) : null);
    }

    private const string Home = "中国";

    // The last catalogued country, place or group after one of the forms (or joined by a hyphen to a name before it) in
    // the figure's clause before it (from `start`: an English sentence's subject clause, for its figure after an apposition).
    private string? Named(FigureContext figure, IReadOnlySet<string> forms, string entity, int start)
    {
        var text = figure.Text;
        var names = figure.In.Names;
        string? found = null;
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.Start < start || n.End > figure.Mention.Start || !PartnerKinds.Contains(n.Kind) || n.Name == entity)
            {
                continue;
            }

            // 「在共建国家建设的合作区」: a partner in a clause describing the noun after it is where that thing is (LocatedBy).
            if ((After(text, start, n.Start, forms) && LocatedBy.At(text, n.End, figure.Mention.Start) is null)
                || (k > 0 && n.Start > 0 && Hyphens.Contains(text[n.Start - 1]) && names[k - 1].End == n.Start - 1))
            {
                found = n.Name;
            }
        }

        return found;
    }

    // "China invested $432.7 million in Pakistan", "exports worth $2 billion to Kenya": in English the partner may stand right
    // after the figure, after one of the measure's forms (an article aside); "in China" is no partner of China's measures
    // (another investor's money in China keeps its row).
    private static string? NamedAfter(FigureContext figure, IReadOnlySet<string> forms, string entity)
    {
        var (text, end) = (figure.Text, Math.Min(figure.Clause.End, figure.Text.Length));
        var at = Blank.SkipSpaces(text, figure.Mention.End, end);
        var wordEnd = at;
        while (wordEnd < end && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        // "and" joins a partner only after "between" (After), which never stands after the figure.
        if (wordEnd == at || wordEnd - at > MaxFormLength || !forms.Contains(text[at..wordEnd]) || text.AsSpan(at, wordEnd - at).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        at = Blank.SkipSpaces(text, wordEnd, end);
        if (string.Compare(text, at, "the ", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
        {
            at = Blank.SkipSpaces(text, at + 4, end);
        }

        foreach (var n in figure.In.Names)
        {
            if (n.Start == at && PartnerKinds.Contains(n.Kind) && n.Name != entity && n.Name != Home)
            {
                return n.Name;
            }
        }

        return null;
    }

    private const int MaxFormLength = 4;

    // A form right before the name: one Han character, or the English word before it (an article aside); "and" only
    // after "between" ("trade between China and Africa").
    private static bool After(string text, int start, int at, IReadOnlySet<string> forms)
    {
        if (at > start && forms.Contains(text[(at - 1)..at]))
        {
            return true;
        }

        var before = Articles.WithoutLast(text.AsSpan(start, at - start).TrimEnd()).TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..].ToString();
        return forms.Contains(word) && (!word.Equals("and", StringComparison.OrdinalIgnoreCase)
            || before.Contains("between ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// 「9.1万人次旅客乘坐动车跨境出行」, "the cross-border service handled 62,000 passenger trips": the subset's row of
    /// <paramref name="measure"/> (跨境旅客发送人次) where one of its words stands in the figure's clause, else null.
    /// </summary>
    public string? Subset(FigureContext figure, string measure)
    {
        // A measure has several subsets (开行列数: 跨境货物列车, 去程, 回程): the first the figure's clause names.
        if (SubsetMeasures.TryGetValue(measure, out var subsets))
        {
            foreach (var (words, subset) in subsets)
            {
                if (words.Any(figure.Text, figure.Clause.Start, figure.Clause.End))
                {
                    return subset;
                }
            }
        }

        return null;
    }
}
