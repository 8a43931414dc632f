using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// What a figure measures, as a statistics table names the row: the catalogue's label whose cue stands nearest the
/// figure in its clause; a percentage names its base (「进出口总额占外贸总值比重」, 「直接投资同比增长率」), a
/// percentage-point change keeps the label of the share it changes; otherwise the subject cut to its measure
/// (actor, ellipsis and adverbs dropped) with the count suffix of the unit (「签署合作文件的国家数」).
/// </summary>
internal static class IndicatorResolver
{
    private const int MaxPredicate = 24;

    // What a label neither starts nor ends with; arrays built once, not per figure (the params form allocates one per call).
    private static readonly char[] LeadingParticles = ['的', '与', '和', '在', '对', '为', '向', '、', '，'];
    private static readonly char[] TrailingParticles = ['的', '、', '，'];

    // What the figure measures: the first of these that applies. A percentage names its base; any other figure the
    // catalogue's label, else a label made from its words.
    private static readonly RuleList<IndicatorFacts, string?> Rules = new(
        ("point change keeps its share's label", PointChange),
        ("share of a named whole", ShareOfNamedWhole),
        ("share of its base", ShareOfBase),
        ("change of its base", ChangeOfBase),
        ("percentage's subject", static f => IsPercentage(f) ? Cut(f.Figure.Subject, f.Entity, f.Catalogs) : null),
        ("conversion", Conversion),
        ("catalogued cue", static f => Catalogued(f.Figure, f.Figure.Unit, f.Catalogs.Metrics.Words)),
        ("subset", Subset),
        ("countries that", static f => f.Figure.Unit == Domain.Unit.Countries ? CountriesThat(f.Figure, f.Catalogs) : null),
        ("movement", static f => Moved(f.Figure, f.Entity, f.Catalogs)),
        ("measure word names the measure", MeasureNamed),
        ("measure word counts the noun", MeasureCounts),
        ("counted noun", CountedNounLabel));

    /// <summary>The rules' names, in the order they are tried.</summary>
    public static IReadOnlyList<string> RuleNames => Rules.Names;

    /// <summary>The figure's indicator and the rule that gave it.</summary>
    public static (string Indicator, string Rule) Resolve(FigureContext figure, string entity, Aggregation aggregation, IReadOnlyList<(Domain.Unit Unit, string Indicator)> earlier, MeaningCatalogs catalogs)
    {
        var (indicator, rule) = Rules.Decide(new IndicatorFacts(figure, entity, aggregation, earlier, catalogs));
        return (indicator!, rule);
    }

    // What the rules read: the figure, its entity and aggregation, the indicators of the sentence's figures before it, the catalogues.
    private readonly record struct IndicatorFacts(FigureContext Figure, string Entity, Aggregation Aggregation, IReadOnlyList<(Domain.Unit Unit, string Indicator)> Earlier, MeaningCatalogs Catalogs);

    private static bool IsPercentage(IndicatorFacts f) => f.Figure.Unit is Domain.Unit.Percent or Domain.Unit.PercentagePoints;

    // A percentage-point change keeps the label of the share it changes.
    private static string? PointChange(IndicatorFacts f) =>
        f.Figure.Unit == Domain.Unit.PercentagePoints && f.Earlier.LastOrDefault(e => e.Unit == Domain.Unit.Percent).Indicator is { } share ? share : null;

    // 「…占同期外贸总值的45.4%」: base + the whole the clause names after 占 + 比重.
    private static string? ShareOfNamedWhole(IndicatorFacts f)
    {
        if (!IsPercentage(f) || f.Aggregation != Aggregation.Share)
        {
            return null;
        }

        var before = f.Figure.ClauseBefore;
        var of = before.IndexOf('占');
        return of >= 0 ? BaseLabel(f) + Cut(before[of..].ToString(), "", f.Catalogs).TrimEnd('的') + f.Catalogs.Labels.ShareSuffix : null;
    }

    // A subject with no Chinese word in it ("The figure accounted for", "trips up") cannot be a row label: the rate's own
    // label stands instead, after its base where one is known (「投资额占比」).
    private static string? ShareOfBase(IndicatorFacts f) =>
        IsPercentage(f) && f.Aggregation == Aggregation.Share && !HasHan(f.Figure.Subject) ? BaseLabel(f) + f.Catalogs.Labels.ShareLabel : null;

    // 「同比增长」 before the rate, "rose 5 percent year-on-year" after it in its clause: base + 同比/年均增长率.
    private static string? ChangeOfBase(IndicatorFacts f)
    {
        if (!IsPercentage(f) || f.Aggregation is not (Aggregation.Change or Aggregation.PerYear))
        {
            return null;
        }

        var (figure, labels) = (f.Figure, f.Catalogs.Labels);
        var baseLabel = BaseLabel(f);
        if (baseLabel.Length == 0 && HasHan(figure.Subject))
        {
            return null;
        }

        var suffix = f.Aggregation == Aggregation.PerYear ? labels.PerYearChange
            : labels.SamePeriodWords.Find(figure.Text, figure.In.Sentence.Start, figure.Clause.End).Any() ? labels.SamePeriodChange
            : labels.OtherChange;
        return baseLabel + suffix;
    }

    // The base: the amount this percentage is of, named in the clause or by the sentence's last amount. A rate of change
    // measures the figure it follows whatever that counts (「开行1.6万列，同比增长9%」, "made 9,700 trips, up 10 percent");
    // a share is of an amount.
    private static string BaseLabel(IndicatorFacts f) =>
        RespectiveBase(f.Figure, f.Earlier) ?? CurrencyCue(f.Figure, f.Catalogs.Metrics.Words)
        ?? (f.Aggregation is Aggregation.Change or Aggregation.PerYear
            ? f.Earlier.LastOrDefault(e => e.Unit is not (Domain.Unit.Percent or Domain.Unit.PercentagePoints)).Indicator
            : f.Earlier.LastOrDefault(e => e.Unit.IsCurrency()).Indicator) ?? "";

    // 「9100.5亿元人民币（折合1280.3亿美元）」: the same amount in another currency measures what the first one does.
    private static string? Conversion(IndicatorFacts f) =>
        f.Figure.Unit.IsCurrency() && f.Catalogs.Labels.ConversionWords.EndOf(f.Figure.ClauseBefore) is not null
        && f.Earlier.LastOrDefault(e => e.Unit.IsCurrency()).Indicator is { Length: > 0 } converted
            ? converted
            : null;

    // 「…46家海外中国文化中心，其中共建国家32家」: a subset takes the label of the figure it is part of.
    private static string? Subset(IndicatorFacts f)
    {
        var clauseBefore = f.Figure.ClauseBefore.Trim();
        return SubsetWord(clauseBefore, f.Catalogs.Labels) is { } subset && LastIndicatorOf(f.Earlier, f.Figure.Unit) is { Length: > 0 } whole
            ? string.Concat(clauseBefore[subset.Length..].Trim(), whole)
            : null;
    }

    // 「三届」 names its measure (举办届数).
    private static string? MeasureNamed(IndicatorFacts f) =>
        MeasureWord(f.Figure) is { } word && f.Catalogs.Labels.MeasureLabels.TryGetValue(word, out var byMeasure) ? byMeasure : null;

    // 「三场高级别论坛」 counts sessions of the noun after it (高级别论坛场数).
    private static string? MeasureCounts(IndicatorFacts f)
    {
        if (MeasureWord(f.Figure) is not { } word || !f.Catalogs.Labels.MeasureSuffixes.TryGetValue(word, out var measureSuffix))
        {
            return null;
        }

        var cut = CountedCut(f);
        return cut[(cut.LastIndexOf('的') + 1)..] + measureSuffix;
    }

    // The count suffixes are Chinese: an uncatalogued English noun stays as it is ("renewable energy projects").
    private static string CountedNounLabel(IndicatorFacts f)
    {
        var cut = CountedCut(f);
        return f.Catalogs.Labels.CountSuffix.TryGetValue(f.Figure.Unit, out var suffix) && !cut.EndsWith(suffix, StringComparison.Ordinal) && HasHan(cut) ? Joined(cut, suffix) : cut;
    }

    // The measure word's first character, in simplified script.
    private static string? MeasureWord(FigureContext figure) =>
        figure.Mention.MeasureWord is { Length: > 0 } measure ? HanScript.ToSimplified(measure[..1]) : null;

    // The subject (a count's counted noun) cut to its measure; "152 partner countries": a counted noun the entity catalogue
    // names is labelled by its canonical name (共建国家数).
    private static string CountedCut(IndicatorFacts f)
    {
        var (figure, catalogs) = (f.Figure, f.Catalogs);
        var counted = catalogs.Labels.CountSuffix.ContainsKey(figure.Unit);
        var cut = Cut(counted ? CountedNoun(figure, catalogs.Subjects) : figure.Subject, f.Entity, catalogs);
        return !HasHan(cut) && counted && catalogs.Names.Lookup(cut) is { } named ? named.Name : cut;
    }

    /// <summary>
    /// 「运输品类由最初的50多种增加到1180多种」: both values of a movement measure what stands before its 由/从, with the
    /// count suffix of their unit (运输品类数), not the words between them.
    /// </summary>
    private static string? Moved(FigureContext figure, string entity, MeaningCatalogs catalogs)
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
            if (label.Length < 2 || !HasHan(label))
            {
                return null;
            }

            return catalogs.Labels.CountSuffix.TryGetValue(figure.Unit, out var suffix) ? Joined(label, suffix) : label;
        }

        return null;
    }

    // A count's subject in a language whose count template puts the noun first ("{noun} ({context})": "cities (trains
    // have … in)") labels the noun, not the context after it.
    private static string CountedNoun(FigureContext figure, SubjectWords subjects)
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
    private static string Joined(string label, string suffix)
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

    private static bool HasHan(string text) => text.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0;

    // Asked for every figure without a catalogued cue: a loop over the span, not a copy of the clause and a closure per figure.
    private static string? SubsetWord(ReadOnlySpan<char> clauseBefore, LabelWords catalog)
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

    private static string? CurrencyCue(FigureContext figure, MeasureWords words) =>
        Catalogued(figure, Domain.Unit.USD, words);

    private static string? Catalogued(FigureContext figure, Domain.Unit unit, MeasureWords words)
    {
        var numberEnd = figure.Mention.NumberStart + figure.Mention.NumberLength;
        // After the figure the cue may stand past its object (「150多个国家…签署了200多份共建“一带一路”合作文件」).
        // Made at the first cue: most figures have none of their unit's, and then no list and no filter.
        List<(int Start, int End, string Label)>? hits = null;
        LabelCues(figure.In.MeasureHits, words, unit, figure.Clause.Start, figure.Mention.NumberStart, ref hits);
        LabelCues(figure.In.MeasureHits, words, unit, numberEnd, figure.Clause.End, ref hits);
        if (hits is null)
        {
            return null;
        }

        DropOvershadowed(hits, figure.In.Names);
        if (Respectively(figure, hits) is { } mapped)
        {
            return mapped;
        }

        // The figure's own unit word ("150 countries", "cities") says least: it labels only when no other cue does
        // ("150 countries have signed Belt and Road cooperation documents" → 签署合作文件的国家数, not 国家数).
        var ownEnd = figure.Mention.End;
        if (hits.Exists(h => h.Start < numberEnd || h.Start >= ownEnd))
        {
            hits.RemoveAll(h => h.Start >= numberEnd && h.End <= ownEnd);
        }

        return Nearest(hits, figure.Mention.NumberStart, numberEnd)?.Label;
    }

    // The cues of the unit's labels in [start, end), left to right and never overlapping: at each place the longest one
    // standing there as a whole word, then on from its end (the sentence's hits hold every word at every place).
    private static void LabelCues(IReadOnlyList<MeasureHit> found, MeasureWords words, Domain.Unit unit, int start, int end, ref List<(int Start, int End, string Label)>? hits)
    {
        var next = start;
        for (var k = 0; k < found.Count; k++)
        {
            var hit = found[k];
            if (hit.Start >= next && hit.End <= end && hit.WholeInText && words[hit.Word].LabelFor(unit) is { } label)
            {
                (hits ??= []).Add((hit.Start, hit.End, label));
                next = hit.End;
            }
        }
    }

    // A cue overlapping a longer one (出口 in 进出口总额, 贸易额 in 农产品贸易额) or inside a name (进出口 in 中国进出口银行) says nothing of its own.
    private static void DropOvershadowed(List<(int Start, int End, string Label)> hits, IReadOnlyList<EntityName> names) =>
        hits.RemoveAll(h => Overshadowed(hits, names, h));

    // Loops over the list as RemoveAll leaves it while it runs (as the LINQ form it replaces did), without a closure per cue.
    private static bool Overshadowed(List<(int Start, int End, string Label)> hits, IReadOnlyList<EntityName> names, (int Start, int End, string Label) h)
    {
        for (var k = 0; k < hits.Count; k++)
        {
            var o = hits[k];
            if (o.End - o.Start > h.End - h.Start && o.Start < h.End && h.Start < o.End)
            {
                return true;
            }
        }

        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start <= h.Start && h.End <= names[k].End)
            {
                return true;
            }
        }

        return false;
    }

    // The last cue ending before the number, else the first starting after it (the first of equals in either case).
    private static (int Start, int End, string Label)? Nearest(List<(int Start, int End, string Label)> hits, int numberStart, int numberEnd)
    {
        (int Start, int End, string Label)? before = null;
        (int Start, int End, string Label)? after = null;
        foreach (var h in hits)
        {
            if (h.End <= numberStart && (before is null || h.Start > before.Value.Start))
            {
                before = h;
            }

            if (h.Start >= numberEnd && (after is null || h.Start < after.Value.Start))
            {
                after = h;
            }
        }

        return before ?? after;
    }

    /// <summary>
    /// 「在44个国家设立46家海外中国文化中心」 → 「设立海外中国文化中心的国家数」: countries are counted by what they did or
    /// had done with them, which the clause states after them (other figures' numerals left out).
    /// </summary>
    private static string? CountriesThat(FigureContext figure, MeaningCatalogs catalogs)
    {
        var text = figure.Text;
        // Only a classifier and its noun (「个国家」) read so; an English noun ("countries") has what they did before it.
        if (figure.Mention.MeasureWord is not { Length: > 1 } measure || !HasHan(measure[..1]) || text.AsSpan(figure.Mention.End).TrimStart().StartsWith("的"))
        {
            return null;
        }

        var predicate = new StringBuilder();
        var at = figure.Mention.End;
        foreach (var other in figure.In.Figures.Where(f => f.Start >= figure.Mention.End && f.Start < figure.Clause.End))
        {
            predicate.Append(text, at, other.Start - at);
            // Keep the noun an other figure counts (「20多个农业技术示范中心」), drop its numeral and classifier.
            at = other.MeasureWord is { Length: > 1 } word ? other.End - (word.Length - 1) : other.End;
        }

        predicate.Append(text, at, Math.Max(0, figure.Clause.End - at));
        var label = Cut(string.Concat(predicate.ToString().Where(c => !char.IsWhiteSpace(c))), "", catalogs).TrimEnd('。', '；', '）', ')');
        var noun = HanScript.ToSimplified(measure[1..].Trim());
        return label.Length is >= 2 and <= MaxPredicate && noun.Length > 0 ? label + "的" + noun + "数" : null;
    }

    /// <summary>
    /// 「新签合同额、完成营业额累计分别达到2万亿美元、1.3万亿美元」「货物贸易、服务贸易进出口额…32万亿美元、5万亿美元」:
    /// figures listed with 、 take, in order, the measures listed with 、 before the first of them.
    /// </summary>
    private static string? Respectively(FigureContext figure, List<(int Start, int End, string Label)> hits)
    {
        var text = figure.Text;
        if (hits.Count < 2 || !(ListedNext(text, figure.Mention.Start - 1, -1) || ListedNext(text, figure.Mention.End, 1)))
        {
            return null; // most figures stand alone: no list, no mapping
        }

        var list = SameUnitInClause(figure);
        var index = list.IndexOf(figure.Mention);
        if (list.Count < 2 || index < 0 || !Listed(text, list))
        {
            return null;
        }

        var chain = new List<(int Start, int End, string Label)>();
        foreach (var hit in hits.Where(h => h.End <= list[0].Start).OrderBy(h => h.Start))
        {
            var gap = chain.Count > 0 ? text.AsSpan(chain[^1].End, Math.Max(0, hit.Start - chain[^1].End)).Trim() : "、";
            if (gap.IsEmpty)
            {
                continue; // 「服务贸易进出口额」: the head noun the listed measures share
            }

            if (!gap.SequenceEqual("、"))
            {
                chain.Clear();
            }

            chain.Add(hit);
        }

        return chain.Count == list.Count ? chain[index].Label : null;
    }

    // The last indicator given to a figure of the unit earlier in the sentence (a loop: a lambda over the figure costs a
    // closure on every figure).
    private static string? LastIndicatorOf(IReadOnlyList<(Domain.Unit Unit, string Indicator)> earlier, Domain.Unit unit)
    {
        for (var k = earlier.Count - 1; k >= 0; k--)
        {
            if (earlier[k].Unit == unit)
            {
                return earlier[k].Indicator;
            }
        }

        return null;
    }

    // The figures of the figure's unit in its clause, in order: those a list (「分别」) maps one to one.
    private static List<Recognizers.Mention> SameUnitInClause(FigureContext figure)
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

    private static bool ListedNext(string text, int at, int step)
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
    private static string? RespectiveBase(FigureContext figure, IReadOnlyList<(Domain.Unit Unit, string Indicator)> earlier)
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

    private static bool Listed(string text, List<Recognizers.Mention> figures) =>
        figures.Zip(figures.Skip(1)).All(p => Conjunctions.IsListJoint(text.AsSpan(p.First.End, Math.Max(0, p.Second.Start - p.First.End))));

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

        text = WithoutNames(text, entity, catalogs.Names);
        foreach (var (start, end) in catalog.Strip.Find(text, 0, text.Length).Reverse())
        {
            text = text.Remove(start, end - start);
        }

        text = text.Replace("共建“”", "", StringComparison.Ordinal).Replace("“”", "", StringComparison.Ordinal);

        // 「形成的务实成果」「把同各方共建的联合实验室」: a generic verb or a prepositional phrase before 的 says nothing a row label needs.
        var of = text.IndexOf('的');
        if (of > 0 && (catalog.GenericVerbs.EndOf(text.AsSpan(0, of)) is not null || EntityResolver.StartsWithAny(text, catalog.Prepositions.Words)))
        {
            text = text[(of + 1)..];
        }

        return text.Trim().TrimStart(LeadingParticles).TrimEnd(TrailingParticles).Trim();
    }

    // The subject without the actor's names and initiatives, last first so earlier offsets hold; the text itself when
    // none stands in it (most subjects: no builder, no copy).
    private static string WithoutNames(string text, string entity, NameFinder finder)
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
