using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Extraction.Time;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Did the figure happen? The nearest nature cue before the figure in its sentence decides (「有望」 forecast, 「将设立」
/// pledge, 「到2030年」 or 「力争」 target, 「可使」 estimate); a sentence reporting a study or model (「研究表明」) makes its
/// figures estimates; a table column marked "est." or "proj." makes its cells estimates or forecasts; otherwise actual.
/// </summary>
internal static class NatureResolver
{
    // Whether the figure happened: the first of these that applies.
    private static readonly RuleList<NatureFacts, Nature?> Rules = new(
        ("table column's mark", static f => Text.YearColumns.Mark(f.Figure.Text, f.Figure.Mention.Start, f.Words.IsColumnMark) is { } mark ? f.Words.ColumnMarks[mark] : null),
        ("a study's figure", static f => f.Nearest.At < 0 && f.Study ? Nature.Estimate : null),
        ("no cue", static f => f.Nearest.At < 0 ? Nature.Actual : null),
        ("a bare future before what is given", FutureGiving),
        ("a study's future", FutureInStudy),
        ("a comparison's base", static f => f.Nearest.Nature is Nature.Forecast or Nature.Target or Nature.Estimate && f.Figure.IsComparedBase(f.Comparison) && ComparesLike(f.Figure) ? Nature.Actual : null),
        ("a movement's start", static f => f.Nearest.Nature is Nature.Forecast or Nature.Target or Nature.Estimate && MovementStart(f.Figure, f.Time) ? Nature.Actual : null),
        ("nearest cue", static f => f.Nearest.Nature));

    /// <summary>The rules' names, in the order they are tried.</summary>
    public static IReadOnlyList<string> RuleNames => Rules.Names;

    /// <summary>The figure's nature and the rule that gave it.</summary>
    /// <param name="comparison">label-words.json comparison_words: the earlier value a forecast or target is compared with
    /// ("is expected to exceed 6 million tonnes this year, up from 4.2 million tonnes last year") is what happened.</param>
    public static (Nature Nature, string Rule) Resolve(FigureContext figure, NatureWords words, TimeWords time, WordList comparison)
    {
        var (nature, rule) = Rules.Decide(new NatureFacts(figure, words, NearestCue(figure, words, time), words.Study.Any(figure.Text, figure.In.Sentence.Start, figure.Mention.Start), comparison, time));
        return (nature!.Value, rule);
    }

    // What the rules read: the figure, the words, the nearest nature cue before it in its sentence, whether the sentence reports a study.
    private readonly record struct NatureFacts(FigureContext Figure, NatureWords Words, (int At, Nature Nature, int End) Nearest, bool Study, WordList Comparison, TimeWords Time);

    // 「将在未来5年内…提供」: a bare future followed by what is given is a promise, not an expectation.
    private static Nature? FutureGiving(NatureFacts f) =>
        f.Nearest.Nature == Nature.Forecast && f.Words.FutureMarkers.EndOf(f.Figure.Text.AsSpan(f.Nearest.At, f.Nearest.End - f.Nearest.At)) is not null
        && f.Words.PledgeVerbs.Any(f.Figure.Text, f.Nearest.End, f.Figure.Mention.Start)
            ? Nature.Pledge
            : null;

    // "would rise to 70 billion yuan from 35 billion yuan" is the other order; "plans to expand from the current 1 million TEUs
    // to 1.5 million TEUs", 「力争由目前的3万列提高到5万列」: where a plan, a forecast or a model moves a measure from a value to
    // another of its unit, the value it starts from (time-words.json from, a word meaning now and 的 allowed between) is
    // what there is now; the value it moves to is the plan's.
    private static bool MovementStart(FigureContext figure, TimeWords time)
    {
        var before = figure.ClauseBefore.TrimEnd();
        before = before.EndsWith("的") ? before[..^1].TrimEnd() : before;
        if ((time.Current.EndOf(before) ?? time.NowAdjectives.EndOf(before)) is { } now)
        {
            before = Articles.WithoutLast(before[..^now.Length].TrimEnd());
        }

        if (time.From.EndOf(before) is null)
        {
            return false;
        }

        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++) // an index loop: a foreach over the interface boxes an enumerator
        {
            var next = figures[k];
            if (next.Start >= figure.Mention.End && next.Unit == figure.Mention.Unit)
            {
                var at = Blank.SkipSpaces(figure.Text, figure.Mention.End, next.Start);
                at = Blank.SkipSpaces(figure.Text, Asides.Skip(figure.Text, at, next.Start, next.Start - at), next.Start);
                return time.To.At(figure.Text, at, next.Start) is not null;
            }
        }

        return false;
    }

    // A comparison sets like against like: the base follows a figure of its unit in its sentence ("to exceed 6 million tonnes
    // this year, up from 4.2 million tonnes"); "$2 billion from 30 companies by 2026" compares nothing.
    private static bool ComparesLike(FigureContext figure)
    {
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++) // an index loop: a foreach over the interface boxes an enumerator
        {
            if (figures[k].End <= figure.Mention.Start && figures[k].Unit == figure.Mention.Unit)
            {
                return true;
            }
        }

        return false;
    }

    // In a study's sentence, 「将增加」 with no target year is the model's result, not a forecast.
    private static Nature? FutureInStudy(NatureFacts f) =>
        f.Nearest.Nature == Nature.Forecast && f.Study && !TimeCue.AnyEndingBy(f.Figure.In.TimeCues, f.Figure.Mention.Start, static c => c.IsTarget) ? Nature.Estimate : null;

    // The nearest cue before the figure in its sentence: a nature word outside a name, or a target date (到2030年).
    private static (int At, Nature Nature, int End) NearestCue(FigureContext figure, NatureWords words, TimeWords time)
    {
        var sentence = figure.In.Sentence;
        // An expectation does not reach past a semicolon: "expects exports to reach $5 billion next year; last year, exports
        // stood at $4 billion" joins two statements. A target's or a study's frame does (「到2027年，…；…年开行量达到1500列以上」
        // lists its goals, 「研究显示，…；約19%的貸款出現逾期」 its findings).
        var from = Math.Max(sentence.Start, figure.Text.AsSpan(sentence.Start, Math.Max(0, figure.Mention.Start - sentence.Start)).LastIndexOfAny('；', ';') + sentence.Start + 1);
        var nearest = (At: -1, Nature: Nature.Actual, End: -1);
        var names = figure.In.Names;
        var natures = words.Cues;
        for (var n = 0; n < natures.Count; n++)
        {
            var (nature, cues) = natures[n];
            // A cue inside a name (「…南南合作计划」) is the name's, not the figure's.
            // Up to the numeral: the figure may hold a bound's verb that ends a cue ("is likely to top 20 trillion yuan").
            foreach (var (start, end) in cues.Find(figure.Text, nature == Nature.Forecast ? from : sentence.Start, Math.Max(figure.Mention.Start, figure.Mention.NumberStart)))
            {
                // Of two cues at one place the longer ("would offer" over "would"), then the later nature.
                if (!InName(names, start, end) && (start > nearest.At || (start == nearest.At && (end > nearest.End || (end == nearest.End && nature > nearest.Nature)))))
                {
                    nearest = (start, nature, end);
                }
            }
        }

        var timeCues = figure.In.TimeCues;
        for (var k = 0; k < timeCues.Count; k++)
        {
            var cue = timeCues[k];
            if (cue.Kind == TimeCueKind.Stated && cue.IsTarget && cue.End <= figure.Mention.Start && cue.Start > nearest.At && !Reached(figure, cue, timeCues, time) && !Past(figure, cue))
            {
                nearest = (cue.Start, Nature.Target, cue.End);
            }
        }

        return nearest;
    }

    // "By 2016, when Cosco acquired …" in a document of 2025, 「自试运行至2023年3月底」 in a brief of April 2023: a 'by' date
    // ending before the document's date is a time that has come, not a goal (its figures are actuals).
    private static bool Past(FigureContext figure, TimeCue cue) =>
        figure.In.Document.Date is { } date && cue.Period is { } period && period.Latest.LastDay < date.FirstDay;

    // 「由2013年的6.46万亿元增加到2022年的13.76万亿元」「从2016年…到2023年」: a 到 that ends a movement (增加到) or a span opened
    // by 从 / 由 and a date reaches a time that has come, not a goal.
    private static bool Reached(FigureContext figure, TimeCue cue, IReadOnlyList<TimeCue> cues, TimeWords time)
    {
        var (text, sentence) = (figure.Text, figure.In.Sentence.Start);
        var end = text[cue.Start] is '到' or '至' ? cue.Start + 1 : cue.Start;
        if (time.To.EndOf(text.AsSpan(sentence, end - sentence)) is { Length: > 1 })
        {
            return true;
        }

        for (var k = 0; k < cues.Count; k++)
        {
            var earlier = cues[k];
            if (earlier.Kind == TimeCueKind.Stated && earlier.End <= cue.Start && time.From.EndOf(text.AsSpan(sentence, earlier.Start - sentence)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // Index loops over the sentence's lists: a foreach over the interface boxes an enumerator each time.
    private static bool InName(IReadOnlyList<EntityName> names, int start, int end)
    {
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.Start <= start && end <= n.End)
            {
                return true;
            }
        }

        return false;
    }
}
