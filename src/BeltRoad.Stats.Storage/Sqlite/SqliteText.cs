using System.Globalization;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>How values that SQLite has no type for are stored as text, and read back.</summary>
internal static class SqliteText
{
    // ISO 8601 in UTC with 'Z': sorts as text and SQLite's own date functions accept it.
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>Page starts as "0,1840,3911": one cell, readable in a query, split again on reading.</summary>
    public static string Offsets(IEnumerable<int> offsets) => string.Join(',', offsets.Select(o => o.ToString(CultureInfo.InvariantCulture)));

    public static IEnumerable<int> ParseOffsets(string text) => text.Split(',').Select(o => int.Parse(o, NumberStyles.None, CultureInfo.InvariantCulture));

    public static string Severity(Severity severity) => severity switch
    {
        Domain.Severity.Info => "info",
        Domain.Severity.Warning => "warning",
        Domain.Severity.Failure => "failure",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static Severity ParseSeverity(string code) => code switch
    {
        "info" => Domain.Severity.Info,
        "warning" => Domain.Severity.Warning,
        "failure" => Domain.Severity.Failure,
        _ => throw new FormatException($"Unknown severity '{code}'."),
    };
}
