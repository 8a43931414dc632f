using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Segmenting;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// 「力争全年开行1.5万列」「预计全年对沿线国家进出口有望突破4000亿元」: a target or forecast for the whole year (time-words.json
/// whole_year before it in its sentence) that no date of its own sentence names is for the year the document speaks in
/// (MEANING.md rule 1: a relative date resolves against the document's): its reporting period's year, else its date's.
/// A paragraph's or a release's months (1—10月) are what the year so far did, not what the year is to reach.
/// </summary>
internal static class WholeYearTargets
{
    /// <summary>The rule's name, as the explain output gives it.</summary>
    public const string Rule = "whole-year target";

    public static DatedPeriod? Of(Nature nature, DatedPeriod? dated, int figureStart, Sentence sentence, string simplified, DocumentTimeFrame frame, TimeWords words)
    {
        if (nature is not (Nature.Target or Nature.Forecast) || dated is { Basis: AsOfBasis.Sentence or AsOfBasis.FromTo or AsOfBasis.Since }
            || !words.WholeYear.Any(simplified, sentence.Start, figureStart))
        {
            return null;
        }

        var year = frame.ReportingPeriod?.Latest.Year ?? frame.Date?.Year;
        return year is { } y ? new DatedPeriod(Period.AsOf(PeriodPoint.OfYear(y)), AsOfBasis.Sentence) : null;
    }
}
