using System.Collections.Concurrent;
using System.Globalization;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// When two facts speak for comparable times: attributes (a length, a design speed) hold at any time; a level compares
/// with levels of the same year; a figure about a period (a total, an average, a change, a share) only with figures
/// about the same period (2023年1—5月 never beside 2023年). An undated flow or level compares with nothing.
/// </summary>
internal static class ComparablePeriod
{
    public const string Timeless = "timeless";

    /// <summary>The period of undated figures stated in one passage (see <see cref="ComparisonKey.InPassage"/>).</summary>
    public const string Unstated = "unstated";

    // One string per year, not one per fact: every fact of a group is keyed by its period when charts are planned.
    private static readonly string?[] Years = new string?[DateOnly.MaxValue.Year + 1];

    /// <summary>The period class of <paramref name="fact"/>, or null when it cannot be compared.</summary>
    public static string? Of(Fact fact) => fact switch
    {
        { Aggregation: Aggregation.Attribute } => Timeless,
        { AsOf: null } => null,
        _ when PeriodShape.Applies(fact.Aggregation) => fact.AsOf.ToString(),
        { AsOf.To: { } to } => Span(fact.AsOf.From.Year, to.Year),
        _ => Year(fact.AsOf.From.Year),
    };

    // And one per span of years (a few dozen in a corpus), by both years; the charts of groups are planned on several threads.
    private static readonly ConcurrentDictionary<(int From, int To), string> Spans = new();

    private static string Year(int year) => Years[year] ??= year.ToString(CultureInfo.InvariantCulture);

    private static string Span(int from, int to) =>
        Spans.GetOrAdd((from, to), static span => string.Create(CultureInfo.InvariantCulture, $"{span.From}/{span.To}"));
}
