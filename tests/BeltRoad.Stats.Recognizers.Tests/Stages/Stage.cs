using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Resolvers;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Tests.Stages;

/// <summary>Builds one stage of the recognizer over a text, so each can be tested without the others.</summary>
internal static class Stage
{
    public static ScanText Text(string input, RecognizerCulture culture = RecognizerCulture.ZhHans) =>
        new(input, CultureTables.Load(culture));

    public static CandidateExtractor Extractor(ScanText text) => new(text, new Fractions(text));

    /// <summary>The draft the model starts a figure from: the numeral alone.</summary>
    public static MentionDraft DraftOf(Numeral numeral) => new()
    {
        Start = numeral.Start,
        End = numeral.End,
        NumberStart = numeral.Start,
        NumberEnd = numeral.End,
        Value = numeral.Value,
        NumberValue = numeral.Value,
    };
}
