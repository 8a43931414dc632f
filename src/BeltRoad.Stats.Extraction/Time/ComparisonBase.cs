using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// Rule 1: 「比2017年全年的377列增长12.2%」「较2019年的1026列翻了一番多」: the figure a comparison's base date owns through
/// 的 is that date's (the base's own clause), not the period the sentence reports; the change after it keeps the sentence's.
/// </summary>
internal static class ComparisonBase
{
    /// <summary>The figures a comparison's base date owns, or null when the sentence has none.</summary>
    public static Dictionary<Mention, DatedPeriod>? Find(string text, IReadOnlyList<Mention> figures, List<TimeCue> cues, TimeWords words)
    {
        Dictionary<Mention, DatedPeriod>? found = null;
        foreach (var cue in cues)
        {
            if (cue.Kind != TimeCueKind.Baseline || cue.Period is not { } period)
            {
                continue;
            }

            foreach (var figure in figures)
            {
                // 「是2013年的3.6倍」: a change against the base is the sentence's, only a level or a total is the base's own.
                if (figure.Start >= cue.End && figure.Kind is MentionKind.Quantity && figure.Unit is not MentionUnit.Other && IsJoint(text.AsSpan(cue.End, figure.Start - cue.End), words))
                {
                    (found ??= [])[figure] = new DatedPeriod(period, AsOfBasis.Sentence);
                    break;
                }
            }
        }

        return found;
    }

    // What may stand between the base's date and its figure: 的, after 全年/同期/年底 that the recognizer leaves out
    // (time-words.json baseline_figure_joints).
    private static bool IsJoint(ReadOnlySpan<char> gap, TimeWords words) =>
        !gap.IsEmpty && words.BaselineFigureJoints.EndOf(gap) is { } joint && joint.Length == gap.Length;
}
