using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "The Chinese loan will cover 85% of the investment cost", "85 per cent of the project is financed by a loan from …",
/// "It covered 85 per cent of the 809.6 million euro contract" after a sentence naming the loan (data: loan_shares in
/// Resources/label-words.json): an English share of a project's cost or contract that its sentence says a loan or financing
/// pays for is the loan's share of what the project costs (贷款占项目造价比重), not a stake, nor a bare 占比.
/// </summary>
internal sealed record LoanShares(WordList Parts, WordList Back, WordList Of, WordList Wholes, int Reach, string Label)
{
    public static LoanShares Read(JsonElement e)
    {
        WordList Words(string name) => new(e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        return new(Words("parts"), Words("back"), Words("of"), Words("wholes"), e.GetProperty("reach").GetInt32(), e.GetProperty("label").GetString()!);
    }

    /// <summary>The label where the figure (an English share) is such a share; else null.</summary>
    public string? For(FigureContext figure)
    {
        var (text, sentence) = (figure.Text, figure.In.Sentence);
        return OfWhole(figure) && (Parts.Any(text, sentence.Start, sentence.End) || NamedBefore(figure)) ? Label : null;
    }

    // "of the investment cost", "of its cost", "of the 809.6 million euro contract": the of word right after the figure, then
    // a whole within reach, no comma between, the head of its noun ("of the project's workers" is no cost).
    private bool OfWhole(FigureContext figure)
    {
        var (text, end) = (figure.Text, figure.Clause.End);
        var at = Blank.SkipSpaces(text, figure.Mention.End, end);
        if (Of.At(text, at, end) is not { } of)
        {
            return false;
        }

        var from = at + of.Length;
        var to = Math.Min(end, from + Reach);
        foreach (var (start, stop) in Wholes.Find(text, from, to))
        {
            var between = text.AsSpan(from, start - from);
            var next = stop < text.Length ? text[stop] : ' ';
            return between.IndexOfAny(',', ';') < 0 && next is not ('\'' or '’' or '-');
        }

        return false;
    }

    // "It covered 85 per cent of …": a sentence opening with a word referring back, after a sentence naming a loan.
    private bool NamedBefore(FigureContext figure) =>
        figure.In.Before is { } before && Back.At(figure.Text, figure.In.Sentence.Start, figure.In.Sentence.End) is not null
        && Parts.Any(figure.Text, before.Start, before.End);
}
