using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>Reading back the as_of and date strings the exports write; a malformed one is an error, not a null.</summary>
internal static class PeriodText
{
    public static Period? Parse(string? text) =>
        text is null ? null : Period.TryParse(text, out var period) ? period : throw new FormatException($"Bad as_of '{text}'.");

    public static PeriodPoint ParsePoint(string text) =>
        PeriodPoint.TryParse(text, out var point) ? point : throw new FormatException($"Bad date '{text}'.");
}
