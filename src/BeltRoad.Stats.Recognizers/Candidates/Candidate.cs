using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Candidates;

/// <summary>What <see cref="CandidateExtractor"/> found at one position.</summary>
internal enum CandidateKind
{
    /// <summary>Nothing to resolve; the scan resumes at <see cref="Candidate.End"/>.</summary>
    Skip,

    /// <summary>A table word that is a mention by itself (上半年, 百分之百, 几十, 十分).</summary>
    Word,

    /// <summary>A numeral with the prefix words read before it (超过, 人民币, 第, 截至).</summary>
    Figure,

    /// <summary>An English month's name with no day or year after it that a time word or a relative year makes a date
    /// ("as of June", "since March", "June this year"); the prefixes hold the month and where it starts.</summary>
    Month,
}

/// <summary>
/// An immutable candidate span: a word from the culture's label table, or the prefixes and the numeral (its
/// fraction and sign word already read) that the resolvers turn into a mention.
/// </summary>
internal readonly record struct Candidate(CandidateKind Kind, int Start, int End, TableWord? Word, PrefixSet Prefixes, Numeral Numeral)
{
    public static Candidate Skip(int end) => new(CandidateKind.Skip, end, end, null, default, default);

    public static Candidate OfWord(int start, int end, TableWord word) => new(CandidateKind.Word, start, end, word, default, default);

    public static Candidate OfMonth(PrefixSet prefixes, int monthEnd) =>
        new(CandidateKind.Month, prefixes.MonthStart, monthEnd, null, prefixes, default);

    public static Candidate OfFigure(PrefixSet prefixes, Numeral numeral) =>
        new(CandidateKind.Figure, numeral.Start, numeral.End, null, prefixes, numeral);
}
