using System.Text.RegularExpressions;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading.Header;

/// <summary>The first date a header line states, where it stands, and whether a time of day follows it (a page's stamp).</summary>
internal static partial class StampDate
{
    public readonly record struct Found(PeriodPoint Date, int Start, int Length, bool HasTime);

    public static Found? Find(string line)
    {
        if (DocumentHeader.FindDate(line) is not { } date)
        {
            return null;
        }

        return new Found(date.Date, date.Start, date.Length, Time().IsMatch(line));
    }

    [GeneratedRegex(@"(?<![0-9])[0-2]?[0-9]:[0-5][0-9](?![0-9])")]
    private static partial Regex Time();
}
