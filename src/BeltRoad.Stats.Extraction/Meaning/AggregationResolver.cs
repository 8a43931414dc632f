using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Extraction.Time;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// How a figure is aggregated: a rate word (日均, 年均, "a day") makes an average, unless it names a comparison's base
/// ("from a year earlier"); a noun of one period's amount (年开行量, 单月) dated to one such period is its total; a
/// percentage is a change when it is signed or a change word leads to it (同比增长, 提高…个百分点; in English one may follow
/// it: "5 percent higher") and a share otherwise; a metric may fix it (lengths and speeds are attributes); a running total
/// from a start (2013年以来, 开通以来) and what an event produced (论坛期间, 形成了) are period totals, and so is a flow (by its
/// metric, or a count after an event verb) dated to a span, a year or a month; the rest are levels.
/// </summary>
internal static class AggregationResolver
{
    private const int RateWindow = 12;

    // How far after the figure a stock noun names it: "US$100 billion in authorized capital".
    private const int StockNounWindow = 24;

    // How far after the figure its counted noun ("283 concrete outcomes") and around it an increment word may stand.
    private const int CountedNounWindow = 24;
    private const int IncrementWindow = 16;

    // How far before the numeral "by" may stand ("declined by US$1.8 billion").
    private const int ByReach = 10;

    // How the figure is aggregated: the first of these that applies.
    private static readonly RuleList<AggregationFacts, Aggregation?> Rules = new(
        ("percentage points", static f => f.Figure.Mention.Kind is MentionKind.PercentagePoints ? Aggregation.Change : null),
        ("multiple", Multiple),
        ("price of money", PriceOfMoney),
        ("percentage", Percentage),
        ("change amount", ChangeAmount),
        // 「该指数从2013年的100升至2022年的165.4」: a bare number made a figure by the index word before it (Facts/IndexValues) is
        // the index's level at its date, whatever flow the clause names.
        ("index value", static f => f.Figure.Mention is { Kind: MentionKind.Quantity, Unit: MentionUnit.Other } m && m.Start == m.NumberStart && m.End == m.NumberStart + m.NumberLength ? Aggregation.Level : null),
        ("comparison's base", static f => f.Compared),
        ("one period's amount", static f => f.PeriodNoun is { } of && f.Figure.AsOf is { Period.IsSpan: false } dated && dated.Period.From.Precision == of ? Aggregation.PeriodTotal : null),
        ("measure as adjective", MeasureAsAdjective),
        ("cost of a thing", static f => f.Figure.Unit.IsCurrency() && !CountedBefore(f.Figure) && (f.Words.CostOf.EndOf(f.Figure.ClauseBefore.TrimEnd()) is not null
            || (f.Words.CostVerbs.EndOf(f.Figure.ClauseBefore.TrimEnd()) is not null && f.Rate is null && !YearAfter(f.Figure))) ? Aggregation.Attribute : null),
        ("rate word", static f => f.Rate),
        ("price of a unit", UnitPrice),
        ("amount before its thing", AmountBeforeThing),
        ("capacity added", CapacityAdded),
        ("fixed by the metric", static f => f.Figure.Metric.Aggregation),
        ("fixed by the unit", static f => f.Figure.Mention.Kind is MentionKind.Quantity
            && f.Words.AttributeUnits.EndOf(f.Figure.Text.AsSpan(f.Figure.Mention.NumberStart, f.Figure.Mention.End - f.Figure.Mention.NumberStart)) is not null ? Aggregation.Attribute : null),
        ("capacity", Capacity),
        ("running total", RunningTotal),
        ("increment", static f => f.Increment && f.Nature == Nature.Actual ? Aggregation.PeriodTotal : null),
        ("a thing's parts", ThingsParts),
        ("promised giving", PromisedGiving),
        ("signatories", static f => f.Signatories ? Aggregation.Level : null),
        ("stock word", StockWord),
        ("period word", static f => Nearest(f.Words.PeriodTotal, f.Figure.Text, f.SentenceStart, f.Figure.Mention.Start) >= 0 ? Aggregation.PeriodTotal : null),
        ("dated flow", static f => f.Figure.AsOf is { } dated && f.Flow && IsPeriod(dated) && !StockNoun(f) && !PledgeMade(f, dated) ? Aggregation.PeriodTotal : null),
        ("undated flow", UndatedFlow),
        ("level", static _ => Aggregation.Level));

    /// <summary>The rules' names, in the order they are tried.</summary>
    public static IReadOnlyList<string> RuleNames => Rules.Names;

    /// <summary>The figure's aggregation and the rule that gave it.</summary>
    /// <remarks><paramref name="giving"/>: the verbs of giving (nature-words.json's pledge_verbs: 提供, "provide", "offer");
    /// <paramref name="parts"/>: the nouns of a thing's parts (measures.json's parts measures: "stations", 泊位).</remarks>
    /// <paramref name="valued"/>, <paramref name="possessives"/>: what a built thing cost (label-words.json valued.cost), read as the indicator reads it.
    /// <paramref name="comparison"/>: label-words.json comparison_words ("up from", "compared with"), which make a figure the earlier value of another.
    public static (Aggregation Aggregation, string Rule) Resolve(FigureContext figure, Nature nature, AggregationWords words, TimeWords time, WordList giving, WordList parts, ValuedThings valued, IReadOnlyList<string> possessives, WordList comparison)
    {
        var start = figure.Mention.Start;
        // Cues reach back through the sentence, but not past a 「；」: 「截至…累计开行8.2万列；2023年开行1.7万列」.
        var sentenceStart = Math.Max(figure.In.Sentence.Start, figure.Text.LastIndexOf('；', Math.Max(start - 1, 0), start - figure.In.Sentence.Start) + 1);
        // The signing verb stands after the count in Chinese (150多个国家签署), before it in English (signed … with 150 countries).
        var signatories = figure.Unit is Unit.Countries or Unit.Organizations && words.Signatory.Any(figure.Text, figure.Clause.Start, figure.Clause.End);
        var (rate, periodNoun) = Rate(figure, words, time);
        var compared = ComparedWith(figure, nature, words, time, giving, parts, valued, possessives, comparison);
        var (aggregation, rule) = Rules.Decide(new AggregationFacts(figure, nature, words, time, giving, rate, periodNoun, sentenceStart, signatories, IsFlow(figure, nature, words), EventCount(figure, words), Increment(figure, words), CountsParts(figure, parts, words.IncrementBefore), valued, possessives, compared));
        return (aggregation!.Value, rule);
    }

    // "runs 14 passenger trains a day, up from 4 in the first weeks of operation", "closed 176 deals in the half, compared with
    // 103 in the first half of 2023": the earlier value a figure is compared with (label-words.json comparison_words right
    // before it) is a point of the same series (MEANING.md 2.1): an average or a period's total as the last figure of its
    // unit before it in its sentence is, read at the base's own date, whatever its bare words lack ("4", "103" name no trains
    // or deals). A level's base keeps its own reading (a running "so far this year" against "the whole of last year"); not a
    // percentage, nor a movement's start ("from the 57 founding members of January 2016 to 70": time-words.json to).
    private static Aggregation? ComparedWith(FigureContext figure, Nature nature, AggregationWords words, TimeWords time, WordList giving, WordList parts, ValuedThings valued, IReadOnlyList<string> possessives, WordList comparison)
    {
        if (figure.Unit is Unit.Percent or Unit.PercentagePoints || !figure.IsComparedBase(comparison) || time.To.Any(figure.Text, figure.Mention.End, figure.Clause.End))
        {
            return null;
        }

        var figures = figure.In.Figures;
        for (var k = figures.Count - 1; k >= 0; k--) // an index loop: a foreach over the interface boxes an enumerator
        {
            var amount = figures[k];
            if (amount.End > figure.Mention.Start || amount.Start < figure.In.Sentence.Start || amount.Unit.ToUnit() != figure.Unit)
            {
                continue;
            }

            var clause = figure.In.Sentence.Clauses[figure.In.ClauseOf(amount.Start)];
            var (earlier, _) = Resolve(figure with { Place = new FigurePlace(figure.In, amount, clause, figure.Unit) }, nature, words, time, giving, parts, valued, possessives, comparison);
            return earlier is Aggregation.PeriodTotal or Aggregation.PerDay or Aggregation.PerWeek or Aggregation.PerMonth or Aggregation.PerYear ? earlier : null;
        }

        return null;
    }

    // What the rules read: the figure, its nature, the aggregation and time words, the verbs of giving, its rate word's average and, when that word names one
    // period's amount (年开行量, 单月), the period's precision, where its cues may start, whether it counts signatories, whether it measures a flow,
    // whether it counts events (loans, deals, deliverables), whether it is an increment ("a further 27", "seven more"), whether it counts a thing's parts ("39 stations"), and the aggregation of the figure it is the compared base of.
    private readonly record struct AggregationFacts(FigureContext Figure, Nature Nature, AggregationWords Words, TimeWords Time, WordList Giving, Aggregation? Rate, DatePrecision? PeriodNoun, int SentenceStart, bool Signatories, bool Flow, bool EventCount, bool Increment, bool Parts, ValuedThings Valued, IReadOnlyList<string> Possessives, Aggregation? Compared);

    // A flow by its metric (trade, investment, trains …; or counted per period when dated, as projects are: "51 projects
    // approved in 2021", 上半年新批境外投资项目14个, which the dated flow rule alone reads), or a count of things (not of
    // countries or organisations, which are where it happened) after an event verb in its clause: 新签合同1862份,
    // 派出劳务人员42.8万人, "approved 27 projects"; or before a passive one: "403 cooperation projects were signed at the expo",
    // "255,000 workers were sent abroad".
    // A realised count in person-times (人次: visits, trips, entries, trainings made) is what a period produced, whatever
    // words name it ("Ridership in the first nine months reached 4.6 million", 「出入境人员18.9万人次」): no stock is counted
    // in trips. A target's (「到2030年…培训10万人次」) is the level to reach by then.
    private static bool IsFlow(FigureContext figure, Nature nature, AggregationWords words) =>
        figure.Metric.IsFlow || figure.Metric.IsDatedFlow || EventCount(figure, words) || FlowUnit(figure, words) || (figure.Unit == Unit.PersonTimes && nature == Nature.Actual)
        || (figure.Unit is not (Unit.Countries or Unit.Organizations) && figure.Mention.Kind is MentionKind.Quantity
            && (FlowVerbBefore(figure, words) || words.FlowVerbsAfter.Any(figure.Text, figure.Mention.End, figure.Clause.End)));

    // Energy generated (发电15.7亿千瓦时, "1.2 billion kWh"): a unit of what a period produced ends the figure.
    private static bool FlowUnit(FigureContext figure, AggregationWords words) =>
        figure.Mention.Kind is MentionKind.Quantity
        && words.FlowUnits.EndOf(figure.Text.AsSpan(figure.Mention.NumberStart, figure.Mention.End - figure.Mention.NumberStart)) is not null;

    // An event verb before the count in its clause, not one that 的 makes a noun's modifier (「去年舉辦的第六屆論壇吸引約6,000名
    // 代表」: the forum was held; the count is of who came).
    private static bool FlowVerbBefore(FigureContext figure, AggregationWords words)
    {
        foreach (var (_, end) in words.FlowVerbs.Find(figure.Text, figure.Clause.Start, figure.Mention.Start))
        {
            if (end >= figure.Text.Length || figure.Text[end] != '的')
            {
                return true;
            }
        }

        return false;
    }

    // A percentage is a change when a change word leads to it (同比增长, 提高…个百分点; in English one may follow it: "5 percent
    // higher"), a yearly average change after a yearly rate word (年均增长), and a share otherwise.
    private static Aggregation? Percentage(AggregationFacts f)
    {
        var (figure, words) = (f.Figure, f.Words);
        if (figure.Mention.Kind is not MentionKind.Percent)
        {
            return null;
        }

        // "-37%", "(+26%)": a signed percentage compares two times; no part of a whole is written with a sign.
        if (Signed(figure.Text, figure.Mention.NumberStart, figure.Clause.Start))
        {
            return Aggregation.Change;
        }

        // "Region | 2023 | 2022 | Change (%)", "% change vs end-2017: 52%": a table's change column holds rates of change.
        if (ChangeColumn(figure, words.ChangeColumns))
        {
            return Aggregation.Change;
        }

        var change = LastChange(figure, f.Words, f.Time);
        var share = Nearest(words.Share, figure.Text, figure.Clause.Start, figure.Mention.Start);
        // "12.5 percent higher than a year ago": with no cue before it, English states the change right after the rate.
        // The figure may hold the change noun ("a 100 percent drop"): look from the numeral's end.
        if (change < 0 && share < 0 && ChangeRightAfter(figure.Text, figure.Mention, figure.ClauseAfter.Length, words))
        {
            change = figure.Mention.End;
        }

        // "rose 11.7%, 7.7% and 17.9%, respectively", "-3.2%, 4.1% and 5%": a percentage listed with others of its unit
        // (nothing but commas and a conjunction between) with no cue of its own in its clause is what the first of the list
        // is, a change or a share, decided as the first's own (its sign, its cues before and right after it); the list's
        // change word may follow its last ("11.7%, 7.7% and 17.9% higher than a year earlier").
        if (change < 0 && share < 0 && ListedFigures.Run(figure) is { Count: > 1 } run)
        {
            var figures = figure.In.Figures;
            var (first, last) = (figures[run.First], figures[run.First + run.Count - 1]);
            var clause = figure.In.Sentence.Clauses[figure.In.ClauseOf(first.Start)];
            if (Signed(figure.Text, first.NumberStart, clause.Start))
            {
                return Aggregation.Change;
            }

            change = LastChange(figure.Text, clause.Start, Numeral(figure.Text, first), words, f.Time, out _);
            share = Nearest(words.Share, figure.Text, clause.Start, first.Start);
            var lastClauseEnd = figure.In.Sentence.Clauses[figure.In.ClauseOf(last.Start)].End;
            if (change < 0 && share < 0 && (ChangeRightAfter(figure.Text, first, clause.End - first.End, words)
                || ChangeRightAfter(figure.Text, last, lastClauseEnd - last.End, words)))
            {
                change = first.End;
            }
        }

        return change > share ? (f.Rate == Aggregation.PerYear ? Aggregation.PerYear : Aggregation.Change) : Aggregation.Share;
    }

    // "an interest rate of 2 percent", "a coupon of 3.51%", 「年利率为2%」「票面利率3.51%」, "at 2 percent interest": a
    // percentage in its own price phrase (a price word right before it, through at most one link word, or right after it)
    // is the price of money or of a service, a fixed property of the loan, the bond or the fare. Not a price word elsewhere
    // in the clause ("Chinese loans with higher interest rates make up 12 percent", "raised interest rates to 27.25
    // percent", "cut its benchmark interest rate by 0.5 percent"), not a stake ("a 49 percent interest in the terminal"),
    // and a change mark wins (a sign, "3.5% higher").
    private static Aggregation? PriceOfMoney(AggregationFacts f)
    {
        var (figure, words) = (f.Figure, f.Words);
        var (text, m) = (figure.Text, figure.Mention);
        if (m.Kind is not MentionKind.Percent || Signed(text, m.NumberStart, figure.Clause.Start)
            || ChangeRightAfter(text, m, figure.ClauseAfter.Length, words))
        {
            return null;
        }

        // "coupons of 2.75% and 2.94%": a percentage listed after another is in the first one's phrase.
        var first = ListedFigures.Run(figure) is { Count: > 1 } run ? figure.In.Figures[run.First] : m;
        var before = text.AsSpan(figure.Clause.Start, Math.Max(0, first.Start - figure.Clause.Start)).TrimEnd();
        if (words.PriceRateLinks.EndOf(before) is { } link)
        {
            before = before[..^link.Length].TrimEnd();
        }

        if (words.PriceRates.EndOf(before) is not null)
        {
            return Aggregation.Attribute;
        }

        // "The average interest rate on the restructured credits is around 2.1 percent": the price word may name what it
        // is the price of (an "on …" phrase, no figure in it) before its link.
        var priceEnd = -1;
        foreach (var (_, end) in words.PriceRates.Find(text, figure.Clause.Start, figure.Clause.Start + before.Length))
        {
            priceEnd = end;
        }

        if (priceEnd >= 0 && before.Length < first.Start - figure.Clause.Start)
        {
            var between = text.AsSpan(priceEnd, figure.Clause.Start + before.Length - priceEnd).Trim();
            if (words.PriceRateObjects.At(text, priceEnd + 1, figure.Clause.Start + before.Length) is not null && !between.ContainsAnyInRange('0', '9'))
            {
                return Aggregation.Attribute;
            }
        }

        var after = m.End;
        while (after < figure.Clause.End && text[after] == ' ')
        {
            after++;
        }

        return words.PriceRatesAfter.At(text, after, figure.Clause.End) is not null && words.StakesAfter.At(text, after, figure.Clause.End) is null
            ? Aggregation.Attribute : null;
    }

    // "我委共审批核准固定资产投资项目27个，总投资5737亿元", "22 projects with a total investment of US$18.9 billion": money after a
    // count of projects or items in its sentence is what the counted things add up to, a portfolio's total, no one thing's cost.
    private static bool CountedBefore(FigureContext figure)
    {
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++) // an index loop: a foreach over the interface boxes an enumerator
        {
            if (figures[k].End <= figure.Mention.Start && figures[k].Unit is MentionUnit.Projects or MentionUnit.Items)
            {
                return true;
            }
        }

        return false;
    }

    // "A light vehicle pays 160 meticais per crossing", "fixed at Rs 8.11 per unit",
    // "20 million euros per kilometre": money right after which a distributive word names a thing, not a period (the rate
    // word's rule came first), is the price of one of them, a standing property of the tariff (a bracketed equivalent
    // between aside).
    private static Aggregation? UnitPrice(AggregationFacts f)
    {
        var figure = f.Figure;
        if (!figure.Unit.IsCurrency())
        {
            return null;
        }

        var (text, end) = (figure.Text, figure.Mention.End + figure.ClauseAfter.Length);
        var at = Blank.SkipSpaces(text, figure.Mention.End, end);
        at = Blank.SkipSpaces(text, Asides.Skip(text, at, end, end - at), end);

        return f.Words.UnitPrice.At(text, at, end) is not null ? Aggregation.Attribute : null;
    }

    // "The $1.5 billion port was built …", "the $476 million project cost": money as an adjective of a built thing is what it
    // cost. One definition with the indicator's 'thing's cost' (label-words.json valued.cost: its articles, things, stops and
    // not_costs: "a $2 billion line of credit", "the $3 billion railway loan" are none).
    private static Aggregation? AmountBeforeThing(AggregationFacts f) =>
        f.Figure.Unit.IsCurrency() && f.Valued.Cost(f.Figure, f.Possessives) is not null ? Aggregation.Attribute : null;

    // "CPEC has so far added 8,020MW of generation capacity", "built 510 kilometres of highways", 「新增886公里国家核心输电网」「新增装机超过
    // 800万千瓦」: a length, an area or an installed capacity right after a verb of adding is what a programme has added, a
    // level of its works, not the standing property of one thing ("which adds 660 megawatts" in the present is the plant's).
    private static Aggregation? CapacityAdded(AggregationFacts f)
    {
        var figure = f.Figure;
        if (figure.Mention.Kind is not MentionKind.Quantity
            || (figure.Metric.Aggregation is not Aggregation.Attribute
                && f.Words.AttributeUnits.EndOf(figure.Text.AsSpan(figure.Mention.NumberStart, figure.Mention.End - figure.Mention.NumberStart)) is null))
        {
            return null;
        }

        return f.Words.AddedVerbs.EndOf(figure.ClauseBefore.TrimEnd()) is not null ? Aggregation.Level : null;
    }

    // Whether a year (four digits from 1900 to 2099) stands after the figure in its clause: "cost $45 billion in 2023".
    private static bool YearAfter(FigureContext figure)
    {
        var after = figure.ClauseAfter;
        for (var k = 0; k + 4 <= after.Length; k++)
        {
            if ((k == 0 || !char.IsAsciiDigit(after[k - 1])) && after[k] is '1' or '2' && after[k + 1] is '9' or '0'
                && char.IsAsciiDigit(after[k + 2]) && char.IsAsciiDigit(after[k + 3]) && (k + 4 == after.Length || !char.IsAsciiDigit(after[k + 4])))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the percentage stands in a table row under a column whose header names a change, or its own cell names one
    // before it ("% change vs end-2017: 52%").
    private static bool ChangeColumn(FigureContext figure, WordList changeColumns)
    {
        var (text, m) = (figure.Text, figure.Mention);
        var (lineStart, lineEnd) = TableLine.Around(text, m.Start);
        if (!TableLine.IsRow(text.AsSpan(lineStart, lineEnd - lineStart), out _))
        {
            return false;
        }

        var cellStart = lineStart;
        for (var k = m.Start - 1; k >= lineStart; k--)
        {
            if (text[k] == TableLine.Cell)
            {
                cellStart = k + 1;
                break;
            }
        }

        if (changeColumns.Any(text, cellStart, m.Start))
        {
            return true;
        }

        return TableHeaders.ColumnHeader(figure) is { } header && changeColumns.Any(text, header.Start, header.End);
    }

    // "12.5 percent higher", "a 100 percent drop", "12 percent year-on-year": a change word starting within a few
    // characters after the numeral (in a clause that goes on for <paramref name="after"/> characters past the figure; the
    // word may run past the window), not a comparison's.
    private static bool ChangeRightAfter(string text, Mention m, int after, AggregationWords words)
    {
        var (numeralEnd, clauseEnd) = (m.NumberStart + m.NumberLength, m.End + Math.Max(after, 0));
        var startsBefore = m.End + Math.Min(RateWindow, Math.Max(after, 0));
        return LatinCueIn(words.Change, text, numeralEnd, clauseEnd, words.Comparison, startsBefore)
            || LatinCueIn(words.ChangeAfter, text, numeralEnd, clauseEnd, words.Comparison, startsBefore);
    }

    // How far before the figure a verb of holding may stand ("able to receive vessels carrying 8,000 TEUs").
    private const int CapacityReach = 40;

    // "One passenger train can take up to 1,678 passengers", "will be able to receive vessels carrying 8,000 TEUs",
    // 「码头可停靠10万吨级船舶」: what a thing can hold, a verb of holding right after a modal in the figure's clause with no
    // other figure between, is a fixed property of it, not a flow that happened. Not money ("could take $2 billion" is no
    // thing's size). A rate word after the figure comes first ("can turn out 300,000 tonnes a year").
    private static Aggregation? Capacity(AggregationFacts f)
    {
        var figure = f.Figure;
        if (figure.Unit.IsCurrency() || figure.Mention.Kind is not MentionKind.Quantity)
        {
            return null;
        }

        var from = Math.Max(figure.Clause.Start, figure.Mention.Start - CapacityReach);
        foreach (var (at, _) in f.Words.CapacityVerbs.Find(figure.Text, from, figure.Mention.Start))
        {
            if (f.Words.CapacityModals.EndOf(figure.Text.AsSpan(figure.Clause.Start, at - figure.Clause.Start).TrimEnd()) is not null
                && !figure.Text.AsSpan(at, figure.Mention.Start - at).ContainsAnyInRange('0', '9'))
            {
                return Aggregation.Attribute;
            }
        }

        return null;
    }

    // "the 422-kilometre section", "a 700-MW plant", "a 10,000-TEU vessel": a measure joined to its numeral by a hyphen and
    // standing before a noun is an adjective, a fixed property of the thing named (whatever rate word its sentence holds:
    // "runs four trains a day on the 422-kilometre section"). Not money, not a percentage.
    private static Aggregation? MeasureAsAdjective(AggregationFacts f)
    {
        var (m, text) = (f.Figure.Mention, f.Figure.Text);
        var numeralEnd = m.NumberStart + m.NumberLength;
        if (m.Kind is not MentionKind.Quantity || f.Figure.Unit.IsCurrency() || numeralEnd >= m.End || text[numeralEnd] != '-'
            || numeralEnd + 1 >= m.End || !char.IsAsciiLetter(text[numeralEnd + 1]) || m.End + 1 >= text.Length || text[m.End] != ' ')
        {
            return null;
        }

        return char.IsAsciiLetter(text[m.End + 1]) ? Aggregation.Attribute : null;
    }

    // "fifteen-fold", "doubled", 「增长近10倍」「翻一番」: a multiple of an earlier amount compares two times, whatever the
    // recognizer made of it (a doubling reads as 100 percent).
    // A multiple written as one word ("tenfold") ends with the multiplier.
    private static Aggregation? Multiple(AggregationFacts f) =>
        f.Words.Multipliers.Any(f.Figure.Text, f.Figure.Mention.Start, f.Figure.Mention.End) || EndsWithWord(f.Figure.Mention.Text, f.Words.Multipliers) ? Aggregation.Change : null;

    internal static bool EndsWithWord(string text, WordList words)
    {
        foreach (var word in words.Words)
        {
            if (text.Length > word.Length && text.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "declined by US$1.8 billion", 「比上年同期多47个」「比上年增长4.6%，增加1.9万人」: an amount right after a change verb and
    // "by", or right after a change verb (增加, 减少, 多) in a sentence that names the base it is compared with (比, 较, 同比),
    // is the difference between two times.
    private static Aggregation? ChangeAmount(AggregationFacts f)
    {
        var (figure, words) = (f.Figure, f.Words);
        if (figure.Mention.Kind is not MentionKind.Quantity)
        {
            return null;
        }

        var (text, start) = (figure.Text, figure.Mention.Start);
        // The recognizer may hold "declined by" and the currency inside the figure (its numeral then starting at the verb that
        // signs it): only a currency's letters may stand between "by" and the first digit.
        var digit = text.AsSpan(start, figure.Mention.End - start).IndexOfAnyInRange('0', '9');
        var numeral = digit < 0 ? figure.Mention.NumberStart : start + digit;
        foreach (var (at, end) in words.ChangeBy.Find(text, Math.Max(figure.Clause.Start, numeral - ByReach), numeral))
        {
            if (!text.AsSpan(end, numeral - end).ContainsAnyInRange('a', 'z'))
            {
                return words.Change.EndOf(text.AsSpan(figure.Clause.Start, at - figure.Clause.Start)) is not null ? Aggregation.Change : null;
            }
        }

        var before = text.AsSpan(figure.Clause.Start, start - figure.Clause.Start).TrimEnd();

        before = before.EndsWith("了") ? before[..^1] : before;
        if (words.ChangeVerbs.EndOf(before) is null)
        {
            return null;
        }

        foreach (var (at, _) in words.ChangeBase.Find(text, f.SentenceStart, start))
        {
            if (!Covered(text, at, words.Share))
            {
                return Aggregation.Change;
            }
        }

        return null;
    }

    // 「未来3年，中国政府愿提供3600亿元人民币额度的资金支持，其中2100亿元…」"would offer special loans of RMB 8 billion … over
    // the next three years": money promised to be given (a verb of giving before it in its sentence) over coming years that the
    // sentence states is a total over them, unless a stock noun names a fund's size (设立…融资窗口, "a lending scheme worth",
    // capital). With no such years (中方将提供300亿元人民币信贷资金) it states the promise's size: a level.
    // The giving must reach the figure: no stock noun between the nearest such verb and it (「将各设立3500亿元融资窗口，丝路基金
    // 新增资金800亿元」 gives nothing).
    private static Aggregation? PromisedGiving(AggregationFacts f)
    {
        var figure = f.Figure;
        if (f.Nature is not (Nature.Pledge or Nature.Target) || !figure.Unit.IsCurrency() || StockNoun(f)
            || !f.Words.ComingYears.Any(figure.Text, figure.In.Sentence.Start, figure.In.Sentence.End))
        {
            return null;
        }

        var verb = f.Giving.Last(figure.Text, f.SentenceStart, figure.Mention.Start);
        return verb >= 0 && !f.Words.StockNouns.Any(figure.Text, verb, figure.Mention.Start) ? Aggregation.PeriodTotal : null;
    }

    // The last change word before the figure in its clause that names a change: not one inside a share's words ("made up"),
    // nor one followed by the level it reached ("its share rose to 46.6%", 比重提高到51.1%) or left ("climbed from 39.2 percent
    // in 2013 to 46.6 percent", "up from 29 percent in September": the levels moved between, not the change).
    private static int LastChange(FigureContext figure, AggregationWords words, TimeWords time)
    {
        // Up to the numeral: the recognizer may hold the change word inside the figure ("fell by 40 percent").
        var last = LastChange(figure.Text, figure.Clause.Start, Numeral(figure.Text, figure.Mention), words, time, out var left);
        return last >= 0 || left < 0 || !ComparedWithChange(figure, words, time) ? last : left;
    }

    // The last change word in [start, numeral) not inside a share's words nor followed by the level it reached or left
    // ("rose to 46.6%", 比重提高到51.1%, "climbed from 39.2 percent in 2013 to 46.6 percent", "up from 29 percent": the levels
    // moved between, not the change); and the last one passed over for a from word after it, or -1.
    private static int LastChange(string text, int start, int numeral, AggregationWords words, TimeWords time, out int left)
    {
        var last = -1;
        left = -1;
        foreach (var (at, end) in words.Change.Find(text, start, numeral))
        {
            var next = end;
            while (next < numeral && text[next] == ' ')
            {
                next++;
            }

            if (Covered(text, at, words.Share) || (next < numeral && time.To.At(text, next, numeral) is not null))
            {
                continue;
            }

            if (next < numeral && time.From.At(text, next, numeral) is not null)
            {
                left = at;
                continue;
            }

            last = at;
        }

        return last;
    }

    private static int Numeral(string text, Mention mention)
    {
        var digit = text.AsSpan(mention.Start, mention.End - mention.Start).IndexOfAnyInRange('0', '9');
        return digit < 0 ? mention.Start : mention.Start + digit;
    }

    // "grew 8.2 percent year-on-year, up from 6.5 percent": what a change word and its from word compare the figure with is
    // what the percentage before it in the sentence is — a rate where that one has a change word of its own (as the rule
    // above reads it), so the compared value is a rate too; "made up 18.4 percent …, up from 16.9 percent" and "climbed
    // from 31.5 percent … to 44.2 percent, up from 40.1 percent" leave a share's earlier level.
    private static bool ComparedWithChange(FigureContext figure, AggregationWords words, TimeWords time)
    {
        for (var i = figure.In.Figures.Count - 1; i >= 0; i--)
        {
            var earlier = figure.In.Figures[i];
            if (earlier.Start < figure.Mention.Start && earlier.Unit == MentionUnit.Percent)
            {
                var from = figure.In.Sentence.Clauses[figure.In.ClauseOf(earlier.Start)].Start;
                return LastChange(figure.Text, from, Numeral(figure.Text, earlier), words, time, out _) >= 0;
            }
        }

        return false;
    }

    // A count of events: the counted noun right after the numeral names a transaction or an outcome ("13 loans", "212 deals",
    // "283 concrete outcomes"), or its measure word does (贷款13笔), or a table's column header does ("Loans" over "| 2").
    // Loans made, deals struck and deliverables produced happen in a period, like trains run: the count is a flow. The
    // counted noun stands before the next figure: "41 Chinese lenders provided 1,306 loans" counts lenders.
    private static bool EventCount(FigureContext figure, AggregationWords words)
    {
        if (figure.Mention.Kind is not (MentionKind.Quantity or MentionKind.Number) || figure.Unit.IsCurrency() || figure.Unit is Unit.Countries or Unit.Persons or Unit.PersonTimes)
        {
            return false;
        }

        if (words.EventMeasures.Contains(figure.Mention.MeasureWord))
        {
            return true;
        }

        var (start, end) = CountedPhrase(figure);
        return words.EventNouns.Any(figure.Text, start, end)
            || (TableHeaders.ColumnHeader(figure) is { } header && words.EventNouns.Any(figure.Text, header.Start, header.End));
    }

    // The words after a figure's numeral that name what it counts ("283 concrete outcomes", "39 stations", 15个车站): up to
    // the next Arabic digit, within CountedNounWindow characters after the figure and within its clause.
    private static (int Start, int End) CountedPhrase(FigureContext figure)
    {
        var (text, m) = (figure.Text, figure.Mention);
        var end = Math.Min(figure.Clause.End, m.End + CountedNounWindow);
        var digit = text.AsSpan(m.End, Math.Max(0, end - m.End)).IndexOfAnyInRange('0', '9');
        return (m.NumberStart + m.NumberLength, digit < 0 ? end : m.End + digit);
    }

    // A bare count (a number, or a quantity of items: not passengers, TEU or money) whose counted noun, the first word after
    // its numeral or after its measure word (15个车站), or the word right before a numeral with a measure word (车站20座), is a part noun: "39 stations", "four berths"; not "2.3 million
    // passengers between its stations", "5.1 million TEUs at its four berths".
    internal static bool CountsParts(FigureContext figure, WordList parts, WordList? increments = null)
    {
        var m = figure.Mention;
        if (m.Kind is not (MentionKind.Quantity or MentionKind.Number) || figure.Unit is not (Unit.Items or Unit.Other))
        {
            return false;
        }

        // 车站20座, 集装箱泊位1个: a count with a measure word whose part noun stands right before its numeral; not what an
        // increment word before the noun adds (计划新增泊位4个).
        var before = Math.Max(figure.Clause.Start, m.Start - parts.Longest);
        if (m.MeasureWord is { Length: > 0 } && m.Start > before && parts.EndOf(figure.Text.AsSpan(before, m.Start - before)) is { } noun)
        {
            var nounStart = m.Start - noun.Length;
            var from = Math.Max(figure.Clause.Start, nounStart - (increments?.Longest ?? 0));
            return increments is null || increments.EndOf(figure.Text.AsSpan(from, Math.Max(0, nounStart - from))) is null;
        }

        var (start, end) = CountedPhrase(figure);
        var at = Blank.SkipSpaces(figure.Text, start, end);
        if (m.MeasureWord is { Length: > 0 } measure && at < end && figure.Text.AsSpan(at, end - at).StartsWith(measure, StringComparison.Ordinal))
        {
            at = Blank.SkipSpaces(figure.Text, at + measure.Length, end);
        }

        return parts.At(figure.Text, at, end) is not null;
    }

    // "The 472km line has 39 stations", "Phase one has four berths": a count of the parts a thing is built with (CountsParts)
    // is a fixed property of it, unless a date of its own sentence reaches it ("By 2023, 45 berths had been built" counts
    // what stood then, and so does "In the same year, the port had 12 berths"): only its paragraph's opening date or a
    // reporting period may stand, which the property then drops; an increment ("two new berths") came first.
    private static Aggregation? ThingsParts(AggregationFacts f) =>
        f.Parts && f.Figure.AsOf is null or { FramesText: true } ? Aggregation.Attribute : null;

    // An increment: a count of what was added in a period ("approved a further 27 applicants", "seven more applicants",
    // "two new members", 新增成员5个), a total over that period even where what it adds to is a level (members, signatories).
    // Only a realised one: a planned addition (计划…新增堆存能力1.2万个车位) states the size to be reached.
    private static bool Increment(FigureContext figure, AggregationWords words)
    {
        if (figure.Unit.IsCurrency() || figure.Mention.Kind is not (MentionKind.Quantity or MentionKind.Number))
        {
            return false;
        }

        var (text, mention) = (figure.Text, figure.Mention);
        var before = Math.Max(figure.Clause.Start, mention.Start - IncrementWindow);
        var after = Math.Min(figure.Clause.End, mention.End + IncrementWindow);
        // Right after the numeral: the recognizer may hold the counted noun in the figure ("seven more applicants").
        var next = Blank.SkipSpaces(text, mention.NumberStart + mention.NumberLength, after);
        // 「累计新设企业9.1万家」: what was added up to a day with no start named is the stock then (a level), not one period's addition.
        return (words.IncrementBefore.Any(text, before, mention.Start) && !words.Level.Any(text, before, mention.Start))
            || (next < after && words.IncrementAfter.At(text, next, after) is not null);
    }

    // A realised amount of a flow (trade, investment, contracts, trains run, TEU, passengers: the metric's flag) that no date
    // reaches is still a total over some period ("the railway had handled 24.2 million passenger trips", "signed contracts worth
    // 1.08 trillion dollars"), unless a stock noun names it ("US$100 billion in authorized capital", "debt owed"). A promise or a
    // projection is not (a fund's new capital, a financing window), nor a count made a flow only by its verb (签署21个自贸协定).
    private static Aggregation? UndatedFlow(AggregationFacts f) =>
        f.Figure.AsOf is null && f.Nature == Nature.Actual && (f.Figure.Metric.IsFlow || f.EventCount) && !StockNoun(f) ? Aggregation.PeriodTotal : null;

    // A pledge dated by a period that ended before the document's day is dated by when it was made ("Last May, the bank
    // pledged 250 billion yuan of special loans" in a report of February 2018): the size of what was promised, not money
    // given over that month; a pledge of a period still to come ("will provide RMB 8 billion … next year") totals it.
    private static bool PledgeMade(AggregationFacts f, DatedPeriod dated) =>
        f.Nature == Nature.Pledge && f.Figure.In.Document.Date is { } date && dated.Period.Latest.LastDay < date.FirstDay;

    // A stock noun in the figure's clause before it, or right after it ("$40 billion of capital"); not one that begins a
    // flow's or a plight's name ("USD1.5 billion of external debt service", "debt-service relief", 陷入债务困境的国家).
    private static bool StockNoun(AggregationFacts f)
    {
        var figure = f.Figure;
        return StockNounIn(f.Words, figure.Text, figure.Clause.Start, figure.Mention.Start)
            || StockNounIn(f.Words, figure.Text, figure.Mention.End, figure.Mention.End + Math.Min(StockNounWindow, figure.ClauseAfter.Length));
    }

    private static bool StockNounIn(AggregationWords words, string text, int start, int end)
    {
        foreach (var (at, _) in words.StockNouns.Find(text, start, end))
        {
            if (words.StockNounFlows.At(text, at, text.Length) is null)
            {
                return true;
            }
        }

        return false;
    }

    // A '+' or '-' right before the numeral, itself after a space, a bracket or a table's bar (not a hyphen inside a word or range).
    private static bool Signed(string text, int numberStart, int clauseStart)
    {
        // The recognizer may hold the sign in the numeral or leave it before.
        var sign = IsSign(text[numberStart]) ? numberStart : numberStart - 1;
        return sign >= clauseStart && IsSign(text[sign]) && (sign == clauseStart || text[sign - 1] is ' ' or '(' or '（' or '|' or '\t');
    }

    private static bool IsSign(char c) => c is '+' or '-' or '−' or '＋' or '－';

    // A running total from a stated start (2013年以来, 自…以来, 十年来) is a period total, unless it counts signatories.
    // A flow after a since word whose start no date states (开通以来, "since its launch") runs from that start too.
    private static Aggregation? RunningTotal(AggregationFacts f) =>
        !f.Signatories && (f.Figure.AsOf?.Basis == AsOfBasis.Since || TimeCue.AnyEndingBy(f.Figure.In.TimeCues, f.Figure.Mention.Start, static c => c.Kind == TimeCueKind.Since)
            || (f.Flow && (f.Time.SinceClose.Any(f.Figure.Text, f.SentenceStart, f.Figure.Mention.Start) || f.Time.SinceClause.Any(f.Figure.Text, f.SentenceStart, f.Figure.Mention.Start))))
            ? Aggregation.PeriodTotal
            : null;

    // 累计, 截至, 已有: a stock at a point; over a stated span (今年首10个月累计开行, 2013—2022年…累计) 累计 totals the span, and
    // after a word for the whole period (全年累计派出) it totals that period. 「2023年累计开行」 alone stays a level: news writes
    // year-end cumulative counts so, and a year's total and a running count are different series (MEANING.md Series).
    private static Aggregation? StockWord(AggregationFacts f)
    {
        var at = Nearest(f.Words.Level, f.Figure.Text, f.SentenceStart, f.Figure.Mention.Start);
        return at < 0 || EarlierFiguresWord(f.Figure, at) ? null
            : f.Figure.AsOf is { Period.IsSpan: true, Basis: not (AsOfBasis.Since or AsOfBasis.DocumentDate) } ? Aggregation.PeriodTotal
            : f.Figure.AsOf is { Basis: not (AsOfBasis.Since or AsOfBasis.DocumentDate) } dated && IsPeriod(dated) && f.Time.Cumulative.At(f.Figure.Text, at, f.Figure.Mention.Start) is not null
                && f.Time.WholePeriod.Any(f.Figure.Text, f.SentenceStart, at) ? Aggregation.PeriodTotal
            : Aggregation.Level;
    }

    // "So far this year, 296 container trains have been sent …, against only 11 trains for the whole of last year": a level
    // word before an earlier figure of the same unit in the sentence speaks of that figure when this one's own clause
    // states its date after it (where dates follow figures): the compared figure is its own period's.
    private static bool EarlierFiguresWord(FigureContext figure, int at)
    {
        var (mention, figures) = (figure.Mention, figure.In.Figures);
        var earlier = false;
        for (var i = 0; i < figures.Count && !earlier; i++)
        {
            earlier = figures[i].Start > at && figures[i].End <= mention.Start && figures[i].Unit == mention.Unit;
        }

        if (earlier)
        {
            foreach (var cue in figure.In.TimeCues)
            {
                if (cue.Kind == TimeCueKind.Stated && cue.Start >= mention.End && cue.Start < figure.Clause.End)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A span, a year or a month describes a period; a day (截至2023年6月底 → 2023-06-30) or an as-of month is a point.
    // The document's own date marks a current level (目前, 累计), never a period.
    private static bool IsPeriod(DatedPeriod dated) =>
        dated.Basis != AsOfBasis.DocumentDate && (dated.Period.IsSpan || (dated.Period.From.Precision != DatePrecision.Day && dated.Role != TimeRole.AsOf));

    // The nearest rate word's average and, when that word is a noun of one period's amount (年开行量, "annual", 单月), the period.
    private static (Aggregation? Rate, DatePrecision? PeriodNoun) Rate(FigureContext figure, AggregationWords words, TimeWords time)
    {
        var from = figure.Clause.Start;
        // "an average of 3,910 vehicles used the tunnel daily": after an averaging word the rate word may end the clause;
        // "$26.8 million (Shs101.8 billion) a year": a bracketed equivalent stands between a figure and its rate word.
        var bracket = Bracketed(figure.ClauseAfter);
        var reach = words.AverageBefore.Any(figure.Text, from, figure.Mention.Start)
            ? figure.ClauseAfter.Length
            : bracket + RateWindow + MeasuredPhrase(figure.ClauseAfter[bracket..], words);
        var after = figure.Mention.End + Math.Min(reach, figure.ClauseAfter.Length);
        var best = (At: -1, Rate: (Aggregation?)null);
        foreach (var (aggregation, cues) in words.Rates)
        {
            var at = NearestOutsideDates(cues, figure, from, figure.Mention.Start, words, time);
            if (at > best.At)
            {
                best = (at, aggregation);
            }

            // "17 trains a day": English states the rate after the figure; "every day", "each week" anywhere after it in its clause
            // ("56 trains set off on China-Europe routes every day").
            if (best.Rate is null && (LatinCueIn(cues, figure.Text, figure.Mention.End, after, words.Comparison) || DistributiveIn(cues, figure, words)))
            {
                best = (figure.Mention.End, aggregation);
            }
        }

        var result = (best.Rate, PeriodNoun: (DatePrecision?)null);
        foreach (var (rate, of, nouns) in words.PeriodNouns)
        {
            // "average annual" is a yearly rate: a period's noun counts only outside the rate words.
            var at = NearestOutsideDates(nouns, figure, from, figure.Mention.Start, words, time);
            if (at > best.At && !Covered(figure.Text, at, words.Yearly))
            {
                (best.At, result) = (at, (rate, of));
            }
        }

        return result;
    }

    // How long a phrase naming what is measured may stand between a figure and its rate word ("300,000 tonnes of nickel pig
    // iron a year", "9 billion kWh of electricity a year"): the words after measured_of, up to a figure or this many characters.
    private const int MeasuredPhraseReach = 32;

    private static int MeasuredPhrase(ReadOnlySpan<char> after, AggregationWords words)
    {
        if (!Affixes.StartsWithAny(after, words.MeasuredOf))
        {
            return 0;
        }

        var digit = after.IndexOfAnyInRange('0', '9');
        return Math.Min(MeasuredPhraseReach, digit < 0 ? after.Length : digit);
    }

    // How long a bracket right after a figure may be ("(Shs101.8 billion)", "（约合人民币2亿元）"): its length with the blanks
    // before it, or 0 when none opens there or it does not close within BracketReach.
    private const int BracketReach = 40;

    private static int Bracketed(ReadOnlySpan<char> after)
    {
        var open = after.Length - after.TrimStart(' ').Length;
        var next = Asides.Skip(after, open, after.Length, BracketReach);
        return next == open ? 0 : next;
    }

    private static bool DistributiveIn(WordList cues, FigureContext figure, AggregationWords words)
    {
        foreach (var (at, _) in cues.Find(figure.Text, figure.Mention.End, figure.Clause.End))
        {
            if (words.Distributive.At(figure.Text, at, figure.Clause.End) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static int Nearest(WordList cues, string text, int start, int end) => cues.Last(text, start, end);

    private static bool LatinCueIn(WordList cues, string text, int start, int end, WordList comparison, int startsBefore = int.MaxValue)
    {
        foreach (var (at, _) in cues.Find(text, start, end))
        {
            if (at >= startsBefore)
            {
                break;
            }

            if (char.IsAsciiLetter(text[at]) && !Covered(text, at, comparison) && !InName(text, at))
            {
                return true;
            }
        }

        return false;
    }

    // "China Daily", "Shanghai Daily": a capitalised cue right after a capitalised word on its line is part of a name (a
    // newspaper's, in a source line), not a rate.
    private static bool InName(string text, int at)
    {
        if (!char.IsAsciiLetterUpper(text[at]))
        {
            return false;
        }

        var before = at - 1;
        if (before < 0 || text[before] != ' ')
        {
            return false;
        }

        while (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }

        var wordStart = before;
        while (wordStart > 0 && char.IsAsciiLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart < before && char.IsAsciiLetterUpper(text[wordStart]);
    }

    // 「2023年开行」: a rate word that a date reads into (年开行 inside 2023年开行) is the date's; one inside a whole
    // period (年开行 inside 全年开行) is that period's total; one inside a comparison ("from a year earlier") is its base.
    private static int NearestOutsideDates(WordList cues, FigureContext figure, int start, int end, AggregationWords words, TimeWords time)
    {
        var nearest = -1;
        foreach (var (cueStart, cueEnd) in cues.Find(figure.Text, start, end))
        {
            if (!InTimeCue(figure.In.TimeCues, cueStart, cueEnd) && !Inside(figure.Text, cueStart, time.WholePeriod) && !Covered(figure.Text, cueStart, words.Comparison))
            {
                nearest = cueStart;
            }
        }

        return nearest;
    }

    private static bool InTimeCue(IReadOnlyList<TimeCue> cues, int start, int end)
    {
        foreach (var t in cues)
        {
            if (t.Start < end && start < t.End)
            {
                return true;
            }
        }

        return false;
    }

    // A cue starting at or inside one of the words ("a year" in "a year-on-year increase", "from a year earlier").
    private static bool Covered(string text, int at, WordList words) => Within(text, at, words, 0);

    // A cue starting strictly inside one of the words (年开行 inside 全年开行).
    private static bool Inside(string text, int at, WordList words) => Within(text, at, words, 1);

    // Whether one of the words stands in the text starting `back` (minBack ≤ back < its length) characters before `at`.
    // Loops, not LINQ: asked for every rate cue of every figure.
    private static bool Within(string text, int at, WordList words, int minBack)
    {
        foreach (var w in words.Words)
        {
            for (var back = minBack; back < w.Length; back++)
            {
                if (at - back >= 0 && at - back + w.Length <= text.Length && string.CompareOrdinal(text, at - back, w, 0, w.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
