using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// What the words right after a figure change once its unit is read (English tables): a fraction before "of" is a
/// share, an amount of money goes on into its hundredths, a fall word makes a change negative, a milestone noun makes the
/// figure a name.
/// </summary>
internal sealed class FigureTailResolver(ScanText text)
{
    private readonly CultureTables tables = text.Tables;

    // "15 dollars and 50 cents", "17 USD 25": a whole amount of money and its hundredths.
    public MentionDraft Subunits(MentionDraft draft, Numeral numeral)
    {
        if (tables.Subunits.Count == 0 || !draft.Unit.IsCurrency() || draft.Kind != MentionKind.Quantity || draft.End <= numeral.End || draft.Value is not { } whole
            || whole != decimal.Truncate(whole) || numeral.Has(NumeralFlags.Scaled) || draft.Value != numeral.Value)
        {
            return draft;
        }

        var k = text.SkipInline(draft.End);
        if (tables.WordJoiners.Match(text.Text, k, out _) is var joiner and > 0 && text.WordBoundaryAfter(k + joiner))
        {
            k = text.SkipInline(k + joiner);
        }

        if (k >= text.Length || !text.TryNumeral(k, false, out var cents) || !cents.IsSmallInteger(99) || cents.Value == 0 || cents.Has(NumeralFlags.Grouped))
        {
            return draft;
        }

        var end = cents.End;
        var after = text.SkipInline(end);
        if (tables.Subunits.Match(text.Text, after, out _) is var subunit and > 0 && text.WordBoundaryAfter(after + subunit))
        {
            end = after + subunit;
        }
        else if (after < text.Length && (char.IsAsciiLetterOrDigit(text[after]) || tables.Suffixes.Match(text.Text, after, out _) > 0))
        {
            // "15 dollars and 20 countries", "$5 and 10%": the next number counts something else.
            return draft;
        }

        return draft with { Value = whole + (cents.Value!.Value / 100), End = end };
    }

    // "more than half of the trips", "two thirds of it": a fraction of a whole is a share, in percent.
    public MentionDraft Share(MentionDraft draft, Numeral numeral)
    {
        if (tables.FractionShares.Count == 0 || draft.Kind != MentionKind.Number || !numeral.Has(NumeralFlags.Words) || numeral.Has(NumeralFlags.Arabic) || draft.Value is not { } share || share is <= 0 or >= 1)
        {
            return draft;
        }

        var k = text.SkipInline(draft.End);
        return tables.FractionShares.Match(text.Text, k, out _) is var of and > 0 && text.WordBoundaryAfter(k + of)
            ? draft with { Kind = MentionKind.Percent, Unit = MentionUnit.Percent, Value = share * 100 }
            : draft;
    }

    // "passed the USD 1 trillion mark": a round figure naming a milestone is a label, not a statistic.
    public MentionDraft Milestone(MentionDraft draft)
    {
        if (tables.MilestoneWords.Count == 0 || draft.Kind is not (MentionKind.Quantity or MentionKind.Number))
        {
            return draft;
        }

        var k = text.SkipInline(draft.End);
        return tables.MilestoneWords.Match(text.Text, k, out _) is var length and > 0
            && text.WordBoundaryAfter(k + length)
            ? draft with { Kind = MentionKind.Label, End = k + length }
            : draft;
    }

    // "a 100 percent drop", "a USD 2 billion decline": a word after the figure that makes it a fall.
    public MentionDraft Decline(MentionDraft draft)
    {
        if (tables.DeclineWords.Count == 0 || draft.Kind is not (MentionKind.Quantity or MentionKind.Percent or MentionKind.PercentagePoints)
            || draft.Value is not { } value || value < 0)
        {
            return draft;
        }

        var k = text.SkipInline(draft.End);
        return tables.DeclineWords.Match(text.Text, k, out _) is var length and > 0 && text.WordBoundaryAfter(k + length)
            ? draft with { Value = -value, ValueHigh = -draft.ValueHigh, End = k + length }
            : draft;
    }
}
