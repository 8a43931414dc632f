using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// Rule 4: a periodic release names the period it reports on in its title (「2023年1-8月我对…投资合作情况」,
/// "… in the first five months of 2023"). The title is the first line that is not a date line; a period stated
/// there at month, quarter or year precision is the release's reporting period. A day is an event, not a period.
/// </summary>
internal static class ReportingPeriod
{
    private const int MaxTitleLength = 80;
    private const int HeaderLines = 5;

    public static Period? Find(string text, IReadOnlyList<Mention> mentions)
    {
        var lines = 0;
        for (var start = 0; start < text.Length && lines < HeaderLines; start++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).Trim();
            if (!line.IsEmpty && !IsDateLine(line))
            {
                return IsTitle(line) ? PeriodIn(mentions, start, end) : null;
            }

            lines += line.IsEmpty ? 0 : 1;
            start = end;
        }

        return null;
    }

    // A title is short and is not a sentence: a first line that states facts in sentences is the body.
    private static bool IsTitle(ReadOnlySpan<char> line) =>
        line.Length <= MaxTitleLength && line.IndexOfAny("。！？；") < 0 && line[^1] is not ('.' or ',' or '，');

    private static bool IsDateLine(ReadOnlySpan<char> line) =>
        line.Length <= 40 && Loading.DocumentHeader.ParseDate(line.ToString()) is not null;

    private static Period? PeriodIn(IReadOnlyList<Mention> mentions, int start, int end)
    {
        foreach (var m in mentions)
        {
            if (m.Start >= start && m.End <= end && m.Kind == MentionKind.DatePeriod && m.Time is { } time
                && time.Role is TimeRole.Point or TimeRole.Span && StatedDates.States(m, time) && time.ToPeriod() is { } period
                && period.Latest.Precision != DatePrecision.Day)
            {
                return period;
            }
        }

        return null;
    }
}
