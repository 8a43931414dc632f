using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Time;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Did the figure happen? The nearest nature cue before the figure in its sentence decides (「有望」 forecast, 「将设立」
/// pledge, 「到2030年」 or 「力争」 target, 「可使」 estimate); a sentence reporting a study or model (「研究表明」) makes its
/// figures estimates; otherwise actual.
/// </summary>
internal static class NatureResolver
{
    public static Nature Resolve(FigureContext figure, NatureWords words)
    {
        var sentence = figure.In.Sentence;
        var nearest = (At: -1, Nature: Nature.Actual, End: -1);
        var names = figure.In.Names;
        var natures = words.Cues;
        for (var n = 0; n < natures.Count; n++)
        {
            var (nature, cues) = natures[n];
            // A cue inside a name (「…南南合作计划」) is the name's, not the figure's.
            foreach (var (start, end) in cues.Find(figure.Text, sentence.Start, figure.Mention.Start))
            {
                if (!InName(names, start, end) && (start > nearest.At || (start == nearest.At && nature > nearest.Nature)))
                {
                    nearest = (start, nature, end);
                }
            }
        }

        var timeCues = figure.In.TimeCues;
        for (var k = 0; k < timeCues.Count; k++)
        {
            var cue = timeCues[k];
            if (cue.Kind == TimeCueKind.Stated && cue.IsTarget && cue.End <= figure.Mention.Start && cue.Start > nearest.At)
            {
                nearest = (cue.Start, Nature.Target, cue.End);
            }
        }

        var study = words.Study.Any(figure.Text, sentence.Start, figure.Mention.Start);
        if (nearest.At < 0)
        {
            return study ? Nature.Estimate : Nature.Actual;
        }

        // 「将在未来5年内…提供」: a bare future followed by what is given is a promise, not an expectation.
        if (nearest.Nature == Nature.Forecast && words.FutureMarkers.EndOf(figure.Text.AsSpan(nearest.At, nearest.End - nearest.At)) is not null
            && words.PledgeVerbs.Any(figure.Text, nearest.End, figure.Mention.Start))
        {
            return Nature.Pledge;
        }

        // In a study's sentence, 「将增加」 with no target year is the model's result, not a forecast.
        return nearest.Nature == Nature.Forecast && study && !TimeCue.AnyEndingBy(timeCues, figure.Mention.Start, static c => c.IsTarget) ? Nature.Estimate : nearest.Nature;
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
