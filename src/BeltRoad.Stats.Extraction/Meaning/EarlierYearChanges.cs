using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// A rate of change measured against the same period of an older year than the one before (data: change_suffix.earlier_year
/// in Resources/label-words.json): 「较2019年同期增长42%」 in a 2021 release is not the year-on-year rate beside it but a row
/// of its own, Prefix + year + Period + the change suffix (较2019年同期增长率); 「比2020年同期增长14%」 there is the
/// year-on-year rate. Read only where the figure's own period is known.
/// </summary>
internal sealed record EarlierYearChanges(WordList Links, string Period, string Prefix, int Reach)
{
    public static EarlierYearChanges Read(JsonElement e) =>
        new(new WordList(e.GetProperty("links").EnumerateArray().Select(w => w.GetString()!)), e.GetProperty("period").GetString()!,
            e.GetProperty("prefix").GetString()!, e.GetProperty("reach").GetInt32());

    /// <summary>The row of a rate compared with an older year's same period, or null.</summary>
    public string? For(FigureContext figure, string suffix)
    {
        if (figure.AsOf?.Period.Latest.Year is not { } year)
        {
            return null;
        }

        // The period word closest before the figure, a few characters back (the change word, or figures listed before it).
        var before = figure.ClauseBefore;
        var at = before.LastIndexOf(Period, StringComparison.Ordinal);
        if (at < 4 || before.Length - at - Period.Length > Reach || !int.TryParse(before.Slice(at - 4, 4), out var baseYear)
            || baseYear >= year - 1 || Links.EndOf(before[..(at - 4)]) is null)
        {
            return null;
        }

        return Prefix + baseYear + Period + suffix;
    }
}
