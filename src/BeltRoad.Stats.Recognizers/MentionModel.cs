using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Resolvers;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers;

/// <summary>
/// One recognition pass over one text, in the shape of Recognizers-Text's extractor → parser → model: the
/// <see cref="CandidateExtractor"/> finds a candidate where a character may start one; the resolvers (label,
/// ordinal, range, date, unit, qualifier) turn it into one mention; the model emits it and resumes after it.
/// Each mention is final when emitted: nothing already emitted is rewritten.
/// </summary>
internal sealed class MentionModel
{
    private readonly ScanText text;
    private readonly ScanState state;
    private readonly Fractions fractions;
    private readonly CandidateExtractor candidates;
    private readonly List<Mention> output = [];
    private FigureResolvers? resolvers;

    public MentionModel(string input, CultureTables tables, RecognitionOptions? options)
    {
        text = new ScanText(input, tables);
        options ??= new RecognitionOptions();
        state = new ScanState(options.Yuan is null && tables.DeclaredYuan(input) is { } declared ? options with { Yuan = declared } : options);
        fractions = new Fractions(text);
        candidates = new CandidateExtractor(text, fractions);
    }

    private FigureResolvers Resolvers => resolvers ??= new FigureResolvers(text, state, fractions, output);

    public List<Mention> Recognize()
    {
        var tables = text.Tables;
        var letters = text.Words is not null;
        var n = text.Length;
        for (var i = tables.NextStart(text.Text, 0, letters); i < n; i = tables.NextStart(text.Text, i, letters))
        {
            var c = text[i];
            switch (c)
            {
                case '《':
                    state.InTitle = true;
                    i++;
                    continue;
                case '》' or '\n':
                    state.InTitle = false;
                    if (c == '\n' && state.ReferenceDate is not null && EndsParagraph(i))
                    {
                        // MEANING.md rule 7: a year stated in one paragraph is no year of a bare month in the next
                        // (「自2011年首列开行以来…。\n10月份，…」 in a report of 2024 is October 2024).
                        state.EndParagraph();
                    }

                    i++;
                    continue;
            }

            var next = Resolve(candidates.At(i));
            i = next > i ? next : i + 1;
        }

        return output;
    }

    // A line break right after a sentence's end (。！？.!?, or a closing quote or bracket right after one) ends a paragraph.
    // A line broken inside a sentence (PDF debris), after a colon that opens a list, or after a title or caption that
    // states the year of what follows (「2023年澳门与葡语国家贸易统计」 then a blank line) does not.
    private bool EndsParagraph(int newline)
    {
        var before = newline - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r' or '\u3000')
        {
            before--;
        }

        if (before >= 0 && text[before] is '”' or '」' or '’' or '）' or ')' or '"')
        {
            before--;
        }

        return before >= 0 && text[before] is '。' or '！' or '？' or '.' or '!' or '?';
    }

    /// <summary>Resolves and emits one candidate; returns where the scan resumes.</summary>
    private int Resolve(in Candidate candidate)
    {
        switch (candidate.Kind)
        {
            case CandidateKind.Figure:
                return Emit(ResolveFigure(candidate.Prefixes, candidate.Numeral));
            case CandidateKind.Word:
                return Emit(ResolveWord(candidate.Start, candidate.End, candidate.Word!));
            case CandidateKind.Month:
                return Emit(Resolvers.Dates.NamedMonth(candidate.Prefixes, candidate.End));
            default:
                return candidate.End;
        }
    }

    // A word that is its figure whole (半成, "tenfold"): its value the table's, number and mention the word itself.
    private static MentionDraft WholeWord(int start, int end, MentionKind kind, MentionUnit unit, decimal value) => new()
    {
        Start = start,
        End = end,
        Kind = kind,
        Unit = unit,
        Value = value,
        NumberValue = value,
        NumberStart = start,
        NumberEnd = end,
    };

    private MentionDraft ResolveWord(int start, int end, TableWord word) => word.Role switch
    {
        WordRole.Period or WordRole.RelativeYear or WordRole.RelativeMonth or WordRole.Decade => Resolvers.RelativeDates.Resolve(start, end - start, word),
        WordRole.Percent => WholeWord(start, end, MentionKind.Percent, MentionUnit.Percent, word.Factor),
        WordRole.Multiple => WholeWord(start, end, MentionKind.Quantity, word.Unit, word.Factor),
        WordRole.Vague or WordRole.Name => new MentionDraft
        {
            Start = start,
            End = end,
            Kind = word.Role == WordRole.Vague ? MentionKind.Vague : MentionKind.Name,
            NumberStart = start,
            NumberEnd = end,
        },
        // The label table's roles are checked when it loads (CultureTables.LabelRoles); skips never get here.
        _ => throw new InvalidOperationException($"A label word with the role {word.Role} has no mention kind."),
    };

    // Labels first (a number that is a name is nothing else), then ordinals, vague amounts, ranges and dates, and
    // last amounts, counts and percentages with their units and qualifier.
    private MentionDraft ResolveFigure(PrefixSet prefixes, Numeral numeral)
    {
        var draft = MentionDraft.OfNumeral(numeral);
        var (labels, ranges, dates) = (Resolvers.Labels, Resolvers.Ranges, Resolvers.Dates);
        if (labels.TryLabel(prefixes, numeral, draft, out draft))
        {
            return draft;
        }

        prefixes = OrdinalResolver.AsHeadlineVerb(prefixes, numeral, text);
        if (OrdinalResolver.Applies(prefixes, numeral) && !OrdinalResolver.IsDayOfNamedMonth(prefixes, numeral))
        {
            draft = Resolvers.Ordinals.Resolve(draft, prefixes, numeral);
            return draft;
        }

        if ((prefixes.VagueStart >= 0 && text.StartsWithScale(numeral)) || numeral.Has(NumeralFlags.Vague))
        {
            // 数万, 几百万: the span reaches over the unit, but a vague amount has no value or unit.
            draft = draft with { Kind = MentionKind.Vague, Value = null, Start = prefixes.VagueStart >= 0 && text.StartsWithScale(numeral) ? prefixes.VagueStart : numeral.Start };
            draft = ResolveQuantity(draft, prefixes, numeral);
            draft = draft with { Kind = MentionKind.Vague, Value = null, Unit = MentionUnit.None };
            return draft;
        }

        if (dates.TryDayRange(prefixes, numeral, draft, out var days))
        {
            return days;
        }

        var ranged = ranges.TryRange(prefixes, numeral, draft, out draft, out var high);
        if (ranged ? ranges.TryYearSpan(prefixes, numeral, high, draft, out draft) || ranges.TryMonthSpan(prefixes, numeral, draft, out draft) : dates.TryDate(prefixes, numeral, draft, out draft))
        {
            // "from the same month of 2022": the date keeps its same-period word, which marks it the comparison's period.
            return prefixes.SamePeriod && draft.Time is { } time && draft.Start <= prefixes.TimeStart ? draft with { Time = time with { SamePeriod = true } } : draft;
        }

        draft = ResolveQuantity(draft, prefixes, numeral);
        if (draft.Kind == MentionKind.Number && draft.Qualifier == MentionQualifier.Exact && prefixes.QualifierStart < 0)
        {
            draft = labels.MarkShortQuoteLabel(draft);
        }

        return draft;
    }

    private MentionDraft ResolveQuantity(MentionDraft draft, PrefixSet prefixes, Numeral numeral) =>
        Resolvers.Qualifiers.Resolve(Resolvers.Units.Resolve(draft, prefixes, numeral), prefixes, numeral);

    /// <summary>Freezes the draft into its mention and appends it; returns the draft's end, where the scan resumes.</summary>
    private int Emit(MentionDraft draft)
    {
        // Never overlap the previous mention: a backward extension (K2's letter) stops where it ended.
        if (draft.Start < state.LastEnd)
        {
            draft = draft with { Start = state.LastEnd, NumberStart = Math.Max(draft.NumberStart, state.LastEnd) };
            draft = draft with { NumberEnd = Math.Max(draft.NumberEnd, draft.NumberStart) };
        }

        if (draft.End <= draft.Start)
        {
            return draft.End;
        }

        var mention = Resolvers.Qualifiers.InheritFromList(output.Count > 0 ? output[^1] : null, draft.Freeze(text.Text));
        output.Add(mention);
        state.LastEnd = draft.End;
        state.LastYearEnd = mention.Time is { To: null, From: { Month: null, Year: > 0 } } ? draft.End : -1;
        if (mention.Time is { From: { Year: > 0 } from })
        {
            (state.LastPoint, state.LastPointEnd) = (from, draft.End);
        }

        return draft.End;
    }
}
