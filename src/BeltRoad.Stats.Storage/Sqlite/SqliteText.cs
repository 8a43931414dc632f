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
