using System.Security.Cryptography;
using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Meaning;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Normalizing;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Extraction.Time;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// Turns one document into facts: normalise (keeping an offset map) → segment → recognise → for each
/// figure: metric, subject, as_of, quote → merge repeated statements. Stateless and thread-safe.
/// </summary>
public sealed class FactExtractor
{
    // How far into a text its title may stand (after a scraped page's breadcrumbs and navigation).
    private const int TitleWithin = 1000;

    private readonly MeaningCatalogs _catalogs;
    private readonly MetricClassifier _metrics;
    private readonly SubjectBuilder _subjects;
    private readonly MeaningResolver _meaning;

    // Made by the first document (two racing documents may each make one: the names are the same either way).
    private HeadingNames? _headings;

    /// <param name="catalog">The run's metric catalogue (the built-in one, or with the user's Metrics.File).</param>
    /// <param name="entities">The user's entity catalogue, when there is one; null reads the built-in one.</param>
    public FactExtractor(MetricCatalog catalog, EntityCatalog? entities = null)
        : this(MeaningCatalogs.For(catalog, entities))
    {
    }

    internal FactExtractor(MeaningCatalogs catalogs)
    {
        _catalogs = catalogs;
        _metrics = new MetricClassifier(catalogs.Metrics);
        _subjects = new SubjectBuilder(catalogs.Subjects);
        _meaning = new MeaningResolver(catalogs);
    }

    internal DocumentExtraction Extract(SourceDocument document) => Extract(document, null);

    /// <param name="explain">Told of every fact as it is built, before restatements merge, with the rules that gave its meaning (tests, debugging).</param>
    internal DocumentExtraction Extract(SourceDocument document, Action<Fact, MeaningRules>? explain)
    {
        var normalized = TextNormalizer.Normalize(document.Text);
        var text = normalized.Text;
        var simplified = HanScript.ToSimplified(text);
        var reference = document.Info.Date is { } date ? date.FirstDay : (DateOnly?)null;
        // An index's value has no unit of its own (「运价指数为112.3」): made a figure before anything reads the mentions.
        // An English count whose noun the sentence before named ("Of these, 861 have …") counts what that count counts.
        // A table's cells take the unit its header, row label or caption states once.
        var recognizer = NumberRecognizer.For(document.Info.Language.ToCulture());
        var (mentions, wholes) = ElidedCounts.Mark(
            IndexValues.Mark(ListedUnits.Mark(TableCellUnits.Mark(recognizer.Recognize(text, new RecognitionOptions(reference)), text, recognizer), simplified, _catalogs.Tiers.ListDateWords), simplified, _catalogs.Tiers.IndexWords),
            simplified, _catalogs.Tiers.SubjectVerbs);
        // The facts of the wholes elided counts count parts of, by the whole's start: a part takes its whole's aggregation.
        var wholeFacts = wholes is null ? null : new Dictionary<int, int>();
        var sentences = Segmenter.KeepingWhole(Segmenter.Split(text), mentions.Select(m => (m.Start, m.End)));

        // Sized once: every mention is a fact or a skipped one (a growing list copies its large items at each doubling).
        var skippedCount = SkippedCount(mentions, text, simplified, _catalogs.Tiers);
        var facts = new List<(Fact Fact, string Clause, string Measured, int? Restates, int Sentence)>(mentions.Count - skippedCount);
        // A bilingual page's figures stated again in translation: where each one's fact is in `facts`, by its mention's start.
        var restated = Restated(mentions);
        var skipped = new List<SkippedMention>(skippedCount);
        // The title as the text writes it once normalized (「…7265列　同比增长3.6%」's ideographic space is a plain one
        // there), so the readers that look for it in the text find it.
        var title = TextNormalizer.Normalize(document.Info.Title).Text;
        var countsFiscalYears = FiscalYears.Named(simplified, _catalogs.Time);
        var frame = new DocumentTimeFrame(document.Info.Date, ReportingPeriod.Find(text, mentions, _catalogs.Header, _catalogs.Time, title, document.Info.Date),
            countsFiscalYears, countsFiscalYears ? BudgetCountries.Find(simplified, sentences, _catalogs.Names, _catalogs.Time) : null);
        var asOf = new AsOfResolver(simplified, frame, document.Info.Language, _catalogs.Time, _catalogs.Aggregations.AnyRate, _catalogs.Labels.ComparisonWords);
        var names = new DocumentNames(_catalogs.Names, title, _headings ??= new HeadingNames(_catalogs.Names), document.Info.Publisher, simplified,
            TitleTimeEnd(recognizer, title, reference));
        var sentenceNames = new SentenceNames(_catalogs.Names, names, simplified, mentions);
        // 「Chinese Loans to Africa」: the place a report's title sends its lending or investment to, read once.
        var titleRecipient = _catalogs.Labels.TitleRecipients.Of(HanScript.ToSimplified(title), _catalogs.Names, _catalogs.Labels.Partners.Label);
        // "China's Overseas Development Finance …": the finance a report's title counts names its loan rows, read once.
        var titleInstrument = _catalogs.Labels.TitleInstruments.Of(HanScript.ToSimplified(title));
        // One set of per-sentence lists for the document, cleared for each sentence: none outlives its sentence.
        var inSentence = new List<Mention>();
        var figures = new List<Mention>();
        var earlier = new List<(Unit Unit, string Indicator)>();
        // The indicators of the sentence before (empty when it had no fact): "The figure compares with …" refers back to them.
        var previous = new List<(Unit Unit, string Indicator)>();
        var measureHits = new List<MeasureHit>();
        var ranked = new RankedFollowers();
        var next = 0;
        Sentence? before = null;
        foreach (var sentence in sentences)
        {
            while (next < mentions.Count && mentions[next].Start < sentence.Start)
            {
                next++;
            }

            inSentence.Clear();
            var from = next;
            while (next < mentions.Count && mentions[next].Start < sentence.End)
            {
                inSentence.Add(mentions[next++]);
            }

            sentenceNames.Add(sentence, from, next);
            Figures(inSentence, figures);
            var cues = asOf.Cues(sentence, inSentence);
            var dates = asOf.Resolve(sentence, inSentence, figures, cues);
            // The box follows the document sentence by sentence, figures or not; the names, and the context that holds
            // them, are found only for a sentence with a fact to build.
            var box = names.Box(sentence, simplified);
            SentenceContext? context = null;
            (previous, earlier) = (earlier, previous);
            earlier.Clear();
            var figure = 0;
            foreach (var mention in inSentence)
            {
                if (FigureMentions.NeverAFigure(mention))
                {
                    continue;
                }

                var dated = FigureMentions.IsFigure(mention) ? dates[figure++] : default;
                // A milestone crossed for the first time, its figure stated beside it, is read against the sentence's other mentions.
                if ((SkipReason(mention, text, simplified, _catalogs.Tiers) ?? (NotFacts.RestatedMilestone(mention, inSentence, simplified, _catalogs.Tiers) ? SkipReasons.Threshold : null)) is { } reason)
                {
                    skipped.Add(new SkippedMention(document.Info.Name, normalized.ToOriginal(mention.Start, mention.End), mention.Text, reason));
                    continue;
                }

                if (context is null)
                {
                    // The sentences' names first: a lead read with them may give the document its actor.
                    var read = sentenceNames.OfLast();
                    context = Context(document.Info, simplified, sentence, inSentence, figures, cues, box, names.DocumentEntity, read, Measures(simplified, sentence, measureHits), previous, before)
                        with { DocumentIsPort = names.DocumentIsPort, SelfRegion = names.SelfRegion, TitleRecipient = titleRecipient, TitleInstrument = titleInstrument };
                }

                var built = Build(document, normalized, context, mention, dated.Period, earlier, ranked);
                if (wholes is not null && wholes.TryGetValue(mention.Start, out var wholeStart) && wholeFacts!.TryGetValue(wholeStart, out var wholeAt))
                {
                    built.Fact = built.Fact with { Aggregation = facts[wholeAt].Fact.Aggregation };
                }

                if (wholeFacts is not null && wholes!.ContainsValue(mention.Start))
                {
                    wholeFacts[mention.Start] = facts.Count;
                }

                // After the nature: only a target's or forecast's 全年 is the year to reach (the year so far is the months reported).
                var asOfRule = dated.Rule;
                if (WholeYearTargets.Of(built.Fact.Nature, dated.Period, mention.Start, sentence, simplified, frame, _catalogs.Time) is { } wholeYear)
                {
                    built.Fact = built.Fact with { AsOf = wholeYear.Period, AsOfBasis = wholeYear.Basis };
                    asOfRule = WholeYearTargets.Rule;
                }

                earlier.Add((built.Fact.Unit, built.Fact.Indicator));
                explain?.Invoke(built.Fact, built.Rules with { AsOf = asOfRule });
                if (restated?.ContainsKey(mention.Start) == true)
                {
                    restated[mention.Start] = facts.Count;
                }

                facts.Add((built.Fact, built.Clause, built.Measured, mention.Restates is { } original && restated![original] is >= 0 and var at ? at : null, sentence.Start));
            }

            before = sentence;
        }

        return new DocumentExtraction(document.Info, Merge(facts, TitleEnd(document), _catalogs.Time.Respectively), skipped);
    }

    // 「…的项目574个，比上年同期多56个」: a bare count (个, no noun of its own) right after a change verb (多, 增加, 减少) counts what
    // the figure before it in the sentence counts with the same measure word: the difference of that count, in its unit.
    private static Unit? ComparedUnit(Mention mention, SentenceContext context, Clause clause, WordList changeVerbs)
    {
        if (mention.Unit != MentionUnit.Items || mention.Kind != MentionKind.Quantity || mention.MeasureWord is not { Length: > 0 } measure)
        {
            return null;
        }

        var before = context.Simplified.AsSpan(clause.Start, mention.Start - clause.Start).TrimEnd();
        before = before.EndsWith("了") ? before[..^1] : before;
        if (changeVerbs.EndOf(before) is null)
        {
            return null;
        }

        Mention? previous = null;
        foreach (var f in context.Figures)
        {
            if (f.End <= mention.Start)
            {
                previous = f;
            }
        }

        return previous is { Kind: MentionKind.Quantity } p && p.MeasureWord == measure && p.Unit is not MentionUnit.Items && p.Unit.ToUnit() is { } counted
            && !counted.IsCurrency() && counted is not (Unit.Percent or Unit.PercentagePoints)
            ? counted
            : null;
    }

    // 「列车最高运行时速由原来的40至50公里提高到200公里」「最高运行速度达到350公里」: a distance in km whose clause names a speed
    // before it (the measure catalogue's words that label km/h figures and not km ones: 时速, 速度, "speed"), with no cue of a
    // length (全长) and no figure of another unit between them, is a speed; the recognizer reads only a speed word right before
    // the numeral (时速350公里).
    private Unit? SpeedUnit(Mention mention, SentenceContext context, Clause clause)
    {
        if (mention.Unit != MentionUnit.Km || mention.Kind != MentionKind.Quantity)
        {
            return null;
        }

        var (speedStart, speed, length) = (-1, -1, -1);
        foreach (var hit in context.MeasureHits)
        {
            if (hit.Start < clause.Start || hit.End > mention.Start)
            {
                continue;
            }

            var word = _catalogs.Metrics.Words[hit.Word];
            if (word.LabelFor(Unit.Km) is not null)
            {
                length = Math.Max(length, hit.Start);
            }
            else if (word.LabelFor(Unit.KmPerHour) is not null && hit.Start > speedStart)
            {
                (speedStart, speed) = (hit.Start, hit.End);
            }
        }

        if (speedStart < 0 || length > speedStart)
        {
            return null;
        }

        foreach (var f in context.Figures)
        {
            if (f.Start >= speed && f.End <= mention.Start && f.Unit != MentionUnit.Km)
            {
                return null;
            }
        }

        return Unit.KmPerHour;
    }

    // Whether a clause states its figures as a 分别 / "respectively" list (the clause is compacted: no spaces).
    private static bool InList(string clause, WordList respectively)
    {
        foreach (var word in respectively.Words)
        {
            if (clause.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Where the document's title ends when the text opens with it (within its first lines), or -1.
    private static int TitleEnd(SourceDocument document)
    {
        var title = document.Info.Title;
        var at = title.Length == 0 ? -1 : document.Text.AsSpan(0, Math.Min(document.Text.Length, TitleWithin)).IndexOf(title, StringComparison.Ordinal);
        return at < 0 ? -1 : at + title.Length;
    }

    // The starts of the mentions that a translation states again, each to be given its fact's place (-1 until then);
    // null for the many documents in one script.
    private static Dictionary<int, int>? Restated(IReadOnlyList<Mention> mentions)
    {
        Dictionary<int, int>? restated = null;
        foreach (var m in mentions)
        {
            if (m.Restates is { } original)
            {
                (restated ??= [])[original] = -1;
            }
        }

        return restated;
    }

    // The classifier alone (「个国家」 → 个, 「屆」 → 届, 「大门类」 kept whole), in simplified script. The generic 个
    // says nothing the unit does not, so it is left out.
    private static string? MeasureWord(string? written)
    {
        if (written is not { Length: > 0 } w || w[0] is < '\u4E00' or > '\u9FFF' || w[0] is '个' or '個')
        {
            return null;
        }

        return HanScript.ToSimplified(w[0] == '大' && w.Length <= 3 ? w : w[..1]);
    }

    // Per sentence, so a loop into the document's reused list rather than a LINQ chain.
    private static void Figures(List<Mention> inSentence, List<Mention> figures)
    {
        figures.Clear();
        foreach (var m in inSentence)
        {
            if (FigureMentions.IsFigure(m))
            {
                figures.Add(m);
            }
        }
    }

    private static SentenceContext Context(DocumentInfo document, string simplified, Sentence sentence, List<Mention> inSentence, List<Mention> figures,
        List<TimeCue> cues, EntityName? box, string documentEntity, (IReadOnlyList<EntityName> Names, EntityName? Topic, IReadOnlyList<EntityName> Earlier, IReadOnlyList<EntityName> Older) names,
        List<MeasureHit> measures, List<(Unit Unit, string Indicator)> previous, Sentence? before) =>
        new(document, simplified, sentence, inSentence, figures, cues, names.Names, box, names.Topic, documentEntity, names.Earlier, names.Older, measures, previous, before);

    // Where the measure catalogue's words stand in the sentence, found once for all its figures' metrics and indicators.
    private List<MeasureHit> Measures(string simplified, Sentence sentence, List<MeasureHit> hits)
    {
        hits.Clear();
        _catalogs.Metrics.Words.FindAll(simplified, sentence.Start, sentence.End, hits);
        return hits;
    }

    // Where a period the recognizer reads at the very start of the headline ends (「今年前三季度」「2024年1—8月」), else 0.
    private static int TitleTimeEnd(NumberRecognizer recognizer, string title, DateOnly? reference)
    {
        var at = title.Length - title.AsSpan().TrimStart().Length;
        foreach (var m in recognizer.Recognize(title, new RecognitionOptions(reference)))
        {
            if (m.Start == at && m.Kind == MentionKind.DatePeriod)
            {
                return m.End;
            }
        }

        return 0;
    }

    // The mentions that will be skipped, counted before the loop that skips them: the lists are made at their size.
    private static int SkippedCount(IReadOnlyList<Mention> mentions, string text, string simplified, TierWords tiers)
    {
        var count = 0;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (!FigureMentions.NeverAFigure(mentions[k]) && SkipReason(mentions[k], text, simplified, tiers) is not null)
            {
                count++;
            }
        }

        return count;
    }

    // The clause holding the index, else the whole sentence (a loop: a lambda over the mention costs a closure per figure).
    private static Clause ClauseHolding(Sentence sentence, int index)
    {
        var clauses = sentence.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            if (clauses[i].Contains(index))
            {
                return clauses[i];
            }
        }

        return new Clause(sentence.Start, sentence.End);
    }

    private static string? SkipReason(Mention mention, string text, string simplified, TierWords tiers) => mention.Kind switch
    {
        // Neither a fact nor a skipped figure: both callers leave these out first.
        _ when FigureMentions.NeverAFigure(mention) => throw new ArgumentException($"A {mention.Kind} mention is never a figure, so it has no skip reason.", nameof(mention)),
        MentionKind.Vague => SkipReasons.Vague,
        MentionKind.Ordinal => SkipReasons.Ordinal,
        MentionKind.Label => SkipReasons.Label,
        MentionKind.Number => SkipReasons.NoUnit,
        _ when mention.Value is null || mention.Unit == MentionUnit.None => SkipReasons.NoUnit,
        // 「一个」「一批」 is the indefinite article, not a count; an Arabic 「1 个标段」 is a count.
        _ when mention.Qualifier == MentionQualifier.Exact && mention.NumberLength == 1 && text[mention.NumberStart] is '一' or '壹' => SkipReasons.Article,
        // Thresholds, floors, list and section counts, slogans' numbers (NotFacts, over the simplified text its words match).
        _ => NotFacts.Reason(mention, simplified, tiers),
    };

    private (Fact Fact, string Clause, string Measured, MeaningRules Rules) Build(SourceDocument document, NormalizedText normalized, SentenceContext context, Mention mention, DatedPeriod? asOf, IReadOnlyList<(Unit, string)> earlier, RankedFollowers ranked)
    {
        var (simplified, sentence) = (context.Simplified, context.Sentence);
        var clause = ClauseHolding(sentence, mention.Start);
        var unit = ComparedUnit(mention, context, clause, _catalogs.Aggregations.ChangeVerbs) ?? SpeedUnit(mention, context, clause) ?? mention.Unit.ToUnit() ?? Unit.Other;
        var place = new FigurePlace(context, mention, clause, unit);
        var classified = _metrics.Classify(place);
        var subject = _subjects.Build(place);

        var meaning = _meaning.Resolve(new FigureContext(place, classified.Metric, asOf, subject), earlier, ranked);
        var metric = _metrics.Settle(classified, unit, meaning);
        // A fixed property of a thing (a line's length, a port's depth, what its ships can carry) holds as long as the thing
        // stands: the date opening its paragraph or the period a release or section reports on belongs to the figures
        // reported, not to the property, as the development keys have it (143 of their 152 attributes undated). A date its
        // own sentence states or refers back to ("In the same year, the port had 12 berths"), a table caption's over its
        // rows, or a word meaning now still dates it; an event's date (「2021年6月正式通车，干线全长约157公里」, "The
        // 392-kilometre motorway … opened in November 2019") is when the thing opened, not when its length held.
        if (meaning.Aggregation == Aggregation.Attribute && asOf is { FramesText: true } or { OfEvent: true })
        {
            asOf = null;
        }
        // 「下降1.9%」: a decline is a negative growth rate, and so is any realised percentage of change a decline word leads to
        // (「货运成本降低30%～50%」, "cut travel time by 50 percent"; a modelled one, 「可使贸易成本降低1.8%」, states the size
        // of the effect); the recognizer leaves the word to us, unless its table signed the figure already ("declined by 5%").
        // A realised change of a count or an amount a decline word leads to is negative too (「较上年减少18.6万人」).
        var realisedChange = meaning.Aggregation == Aggregation.Change && meaning.Nature == Nature.Actual;
        var sign = (metric.NegateOnDecline || realisedChange) && mention.Value > 0
            && (_metrics.IsDecline(place) || (unit == Unit.Percent && _metrics.IsDeclineBy(place))) ? -1 : 1;
        var span = normalized.ToOriginal(mention.Start, mention.End);
        var quote = QuoteBuilder.Build(document.Text, normalized.ToOriginal(clause.Start, clause.End), span);
        var fact = new Fact(
            Id: FactId(document.Info.Name, span),
            Doc: document.Info.Name,
            Metric: metric.Code,
            Subject: subject,
            // A declining range keeps its low end first: 「降低30%～50%」 is -50 to -30.
            Value: Normalize(sign < 0 && mention.Qualifier == MentionQualifier.Range && mention.ValueHigh is { } fell ? sign * fell : sign * mention.Value!.Value),
            ValueHigh: mention.Qualifier == MentionQualifier.Range && mention.ValueHigh is { } high ? Normalize(sign < 0 ? sign * mention.Value!.Value : sign * high) : null,
            Unit: unit,
            Qualifier: mention.Qualifier.ToQualifier(),
            AsOf: asOf?.Period,
            SectionPath: sentence.SectionPath,
            Quote: quote,
            Span: span,
            Occurrences: [span])
        {
            AsOfBasis = asOf?.Basis,
            Entity = meaning.Entity,
            Indicator = meaning.Indicator,
            Nature = meaning.Nature,
            Aggregation = meaning.Aggregation,
            Measure = unit is Unit.Other or Unit.Organizations or Unit.Items or Unit.Persons or Unit.Documents ? MeasureWord(mention.MeasureWord) : null,
        };
        return (fact, Compact(simplified.AsSpan(clause.Start, clause.End - clause.Start)), meaning.Measured, meaning.Rules);
    }

    /// <summary>
    /// One fact per statement: a repeated paragraph restates the same clause, and a restatement elsewhere gives the same
    /// subject, value and date, or the same value and date with the same meaning (a news item's title 「去年开行1.9万列」
    /// and its body 「2024年全年开行1.9万列」: same entity, indicator, nature and aggregation); either way the spans are
    /// kept together, the first statement's first. A translation on a bilingual page (<see cref="Mention.Restates"/>) is
    /// the statement it translates, whatever its own reading gave; a figure of the title stated again in the body, with
    /// the same unit, value and qualifier, is the title's statement whatever entity and indicator the body's sentence gives it; a
    /// headline's date is the telegraphic one, so it takes the date and aggregation the body gives the figure
    /// (「Whoosh carries 5.79 million passengers in first year」).
    /// </summary>
    private static List<Fact> Merge(List<(Fact Fact, string Clause, string Measured, int? Restates, int Sentence)> facts, int titleEnd, WordList respectively)
    {
        // Which merged facts were stated in a 分别 / "respectively" list: a value of one list and the same value of another
        // list are two facts (「去程…同比分别增长16%、29%；回程…同比分别增长16%、31%」), whatever subject or meaning they share.
        var listed = new List<bool>(facts.Count);
        // Where each merged fact's sentence starts: one sentence does not restate its own figure with the same meaning
        // ("250 billion yuan: 100 billion yuan for infrastructure, 100 billion yuan for industrial capacity …" are two).
        var sentenceOf = new List<int>(facts.Count);
        // Sized once: a key is a large value, and every growth would copy all of them.
        var merged = new List<Fact>(facts.Count);
        var spans = new List<List<SourceSpan>>(facts.Count);
        var byClause = new Dictionary<(Statement, string), int>(facts.Count);
        // Only the keys that are looked up are kept (a long subject; a dated statement): most facts have neither.
        var bySubject = new Dictionary<(Statement, string), int>();
        var byMeaning = new Dictionary<(Statement, string, string, Nature, Aggregation), int>();
        var inTitle = new Dictionary<(Unit, decimal, decimal?, Qualifier), int>();
        // A headline's verb bounds what the body states exactly ("IPP dues top Rs423b", "had risen to Rs423 billion"):
        // the same figure whatever the headline's qualifier, at the body's first statement of it only (a floor stated with
        // the other floor word is two statements: titleFloors below) (a later "its first 3,000
        // trips" under "… tops 3,000 trips in a year", once the body has restated the headline, is another figure).
        var inTitleAnyQualifier = new Dictionary<(Unit, decimal, decimal?), int>();
        // A headline's floor stated again in the body with the other floor word (「累計開行破5.7萬列」 and 「累計開行已超過5.7萬列」):
        // two statements, as firm as each other's words, but the headline's date is still the body's.
        var titleFloors = new Dictionary<(MetricCode, Unit, decimal), int>();
        var titleRead = new HashSet<int>(); // headline figures the body has dated: by its first restatement only
        // A figure stated again later in the body in other words: a distinctive value ("$843 billion", "$4,610m" for
        // "US$4.61 billion", "13,427 projects") with no other date.
        var distinctive = new Dictionary<(Unit, decimal, decimal?, Qualifier), int>();
        // Where each fact went: its own place in `merged`, or the place of the statement it restates.
        var into = new int[facts.Count];
        for (var i = 0; i < facts.Count; i++)
        {
            var (fact, clause, measured, restates, sentence) = facts[i];
            if (restates is { } original)
            {
                spans[into[i] = into[original]].Add(fact.Span);
                continue;
            }

            var value = new Statement(fact.Metric, fact.Unit, fact.Value, fact.ValueHigh, fact.Qualifier, fact.AsOf is { } asOf ? ShownAsOf.Of(asOf) : null);
            var clauseKey = (value, clause);
            var subjectKey = (value, fact.Subject);
            // Only a dated statement: two undated figures of one label may well be of different things.
            // A rate's row (同比增长率) does not say what it is of: its base does (出口增长5.2%，进口增长5.2% are two rates).
            var meaningKey = (value, fact.Entity, measured, fact.Nature, fact.Aggregation);
            var inList = InList(clause, respectively);
            if (byClause.TryGetValue(clauseKey, out var at) || (fact.Subject.Length >= 6 && bySubject.TryGetValue(subjectKey, out at) && !(inList && listed[at]))
                || (value.AsOf is not null && byMeaning.TryGetValue(meaningKey, out at) && !(inList && listed[at]) && sentenceOf[at] != sentence))
            {
                spans[into[i] = at].Add(fact.Span); // gathered, then set once: linear in the number of restatements
                continue;
            }

            if (inTitle.TryGetValue((fact.Unit, fact.Value, fact.ValueHigh, fact.Qualifier), out at)
                || (fact.Span.Start >= titleEnd && !fact.Qualifier.IsFloor() && inTitleAnyQualifier.TryGetValue((fact.Unit, fact.Value, fact.ValueHigh), out at)
                    && spans[at].Count == 1))
            {
                // A headline has no date of its own: the body that states its figure again dates it (「9万列！」 and
                // 「截至目前累计开行9万列」; "Whoosh carries 5.79 million passengers in first year" and the year's span).
                // The headline's 累计 dates it only by the document's day; the body's 截至 date or span says more; and a
                // headline's date may belong to its other figure (「上半年开行8641列 历年累计超7.3万列」, restated in the body as
                // 「截至目前…历年累计开行超过7.3万列」). The body's date and its aggregation are one reading: both are taken,
                // from the body's first dated restatement (a later one, dated by a paragraph or the day, says less).
                if (fact.AsOf is not null && titleRead.Add(at))
                {
                    merged[at] = merged[at] with { AsOf = fact.AsOf, AsOfBasis = fact.AsOfBasis, Aggregation = fact.Aggregation };
                }

                spans[into[i] = at].Add(fact.Span);
                continue;
            }

            if (fact.Qualifier.IsFloor() && fact.AsOf is not null && fact.Span.Start >= titleEnd && titleFloors.TryGetValue((fact.Metric, fact.Unit, fact.Value), out var floor) && merged[floor].Qualifier != fact.Qualifier
                && titleRead.Add(floor))
            {
                merged[floor] = merged[floor] with { AsOf = fact.AsOf, AsOfBasis = fact.AsOfBasis, Aggregation = fact.Aggregation };
            }

            var figure = (fact.Unit, fact.Value, fact.ValueHigh, fact.Qualifier);
            if (Distinctive(fact) && distinctive.TryGetValue(figure, out at) && SameOrUndated(merged[at].AsOf, fact.AsOf))
            {
                if (merged[at].AsOf is null && fact.AsOf is not null)
                {
                    merged[at] = merged[at] with { AsOf = fact.AsOf, AsOfBasis = fact.AsOfBasis };
                }

                spans[into[i] = at].Add(fact.Span);
                continue;
            }

            into[i] = merged.Count;
            if (Distinctive(fact))
            {
                distinctive.TryAdd(figure, merged.Count);
            }

            byClause[clauseKey] = merged.Count;
            if (fact.Subject.Length >= 6)
            {
                bySubject.TryAdd(subjectKey, merged.Count);
            }

            if (value.AsOf is not null)
            {
                byMeaning.TryAdd(meaningKey, merged.Count);
            }

            if (fact.Span.End <= titleEnd)
            {
                inTitle.TryAdd((fact.Unit, fact.Value, fact.ValueHigh, fact.Qualifier), merged.Count);
                inTitleAnyQualifier.TryAdd((fact.Unit, fact.Value, fact.ValueHigh), merged.Count);
                if (fact.Qualifier.IsFloor())
                {
                    titleFloors.TryAdd((fact.Metric, fact.Unit, fact.Value), merged.Count);
                }
            }

            merged.Add(fact);
            listed.Add(inList);
            sentenceOf.Add(sentence);
            spans.Add([fact.Span]);
        }

        for (var i = 0; i < merged.Count; i++)
        {
            if (spans[i].Count > 1)
            {
                merged[i] = merged[i] with { Occurrences = spans[i] };
            }
        }

        return merged;
    }

    // Not a rate (增长16% of two measures), and an amount or measure of three significant digits or more, a count of
    // four or more: two different facts of one document rarely share such a value (counts of countries or partners of
    // three digits do: 106个成员 of one bank and 106个国家 trained by a programme).
    private static bool Distinctive(Fact fact)
    {
        if (fact.Unit is Unit.Percent or Unit.PercentagePoints)
        {
            return false;
        }

        var least = fact.Unit is Unit.Countries or Unit.Organizations or Unit.Items or Unit.Projects or Unit.Documents or Unit.Persons or Unit.Other ? 4 : 3;

        var digits = 0;
        var trailingZeros = 0;
        foreach (var c in Math.Abs(fact.Value).ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            if (c is >= '1' and <= '9' || (c == '0' && digits > 0))
            {
                digits++;
                trailingZeros = c == '0' ? trailingZeros + 1 : 0;
            }
        }

        return digits - trailingZeros >= least;
    }

    private static bool SameOrUndated(Period? one, Period? other) =>
        one is null || other is null || ShownAsOf.Of(one) == ShownAsOf.Of(other);

    // What a fact states, as a value: values are normalised (equal values print the same), so two statements are equal
    // exactly when their printed forms are, and no string is built per fact to compare them.
    // A class: each of Merge's three keys holds the statement once by reference instead of a copy of its ≈ 90 bytes.
    private sealed record Statement(MetricCode Metric, Unit Unit, decimal Value, decimal? ValueHigh, Qualifier Qualifier, ShownAsOf? AsOf);

    // 10.73万亿 scales to 10730000000000.00; the trailing zeros say nothing about precision of the source.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    private static string Compact(ReadOnlySpan<char> s)
    {
        var kept = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var length = 0;
        foreach (var c in s)
        {
            if (!Blank.Is(c))
            {
                kept[length++] = c;
            }
        }

        return kept[..length].ToString();
    }

    internal static string FactId(string doc, SourceSpan span)
    {
        // The UTF-8 of 「doc|start|end」, written in place: one per fact, so no string and no byte array for it.
        var size = Encoding.UTF8.GetMaxByteCount(doc.Length) + 2 * (11 + 1);
        var key = size <= 1024 ? stackalloc byte[size] : new byte[size];
        var length = Encoding.UTF8.GetBytes(doc, key);
        length += Number(key[length..], span.Start);
        length += Number(key[length..], span.End);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(key[..length], hash);
        return Convert.ToHexStringLower(hash[..6]);

        static int Number(Span<byte> into, int value)
        {
            into[0] = (byte)'|';
            value.TryFormat(into[1..], out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            return written + 1;
        }
    }
}
