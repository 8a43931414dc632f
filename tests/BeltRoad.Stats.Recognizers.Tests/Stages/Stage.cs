using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Resolvers;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Tests.Stages;

/// <summary>Builds one stage of the recognizer over a text, so each can be tested without the others.</summary>
internal static class Stage
{
    public static ScanText Text(string input, RecognizerCulture culture = RecognizerCulture.ZhHans) =>
        new(input, CultureTables.Load(culture));

    public static CandidateExtractor Extractor(ScanText text) => new(text, new Fractions(text));

    /// <summary>The unit stage with its noun look-ups, over no mention emitted before.</summary>
    public static UnitResolver Units(ScanText text)
    {
        var headNouns = new HeadNounResolver(text);
        var bareCounts = new BareCountResolver(text, headNouns, new ElidedNounResolver(text, headNouns, []), new TableColumnResolver(text));
        return new UnitResolver(text, new ScanState(new RecognitionOptions()), headNouns, bareCounts, new FigureTailResolver(text));
    }
}
