using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "Trade between the two countries reached $8.78 billion last year, up 5.6 percent, according to Chinese customs figures",
/// "Bilateral trade exceeded $64 billion in eight months, China's ambassador told WAM": bilateral trade (entity-names.json
/// bilateral_words, or a pair after "between") that its sentence sources to China's customs or China's envoy (china_sources)
/// is China's trade with the partner as China counts it (MEANING.md: China's trade with partners → 中国), not the partner's
/// own statistics that a partner outlet's item on the same trade may quote elsewhere; a flow a country's own word leads
/// ("Saudi exports to China … according to Chinese customs data") names no pair and is left to the rules after.
/// </summary>
internal static class ChinasCustoms
{
    public static string? Of(FigureContext figure, NameFinder finder)
    {
        var (text, sentence) = (figure.Text, figure.In.Sentence);
        if (!(figure.Unit.IsCurrency() || figure.Unit == Unit.Percent)
            || !(finder.BilateralWords.Any(text, sentence.Start, figure.Mention.Start) || finder.PairOpeners.Any(text, sentence.Start, figure.Mention.Start))
            || !finder.ChinaSources.Any(text, sentence.Start, sentence.End))
        {
            return null;
        }

        return finder.DefaultActor;
    }
}
