using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// The headline series in the order a digest leads with them (data: Resources/headline-series.json). A user's file of the
/// same shape (Headlines.File) puts its series first, or with <c>"replace": true</c> stands alone.
/// </summary>
public sealed class HeadlineCatalog
{
    private const string ResourceName = "BeltRoad.Stats.Reporting.headline-series.json";

    // A fact can only be a point of its own indicator's series: the outlook asks this of every non-actual fact.
    private readonly ILookup<string, HeadlineSeries> _byIndicator;

    private HeadlineCatalog(IReadOnlyList<HeadlineSeries> series)
    {
        Series = series;
        _byIndicator = series.ToLookup(s => s.Indicator, StringComparer.Ordinal);
    }

    public IReadOnlyList<HeadlineSeries> Series { get; }

    /// <summary>Whether <paramref name="fact"/> is a point of any catalogued series (<see cref="HeadlineSeries.Matches(Fact)"/>).</summary>
    public bool Catalogues(Fact fact)
    {
        foreach (var series in _byIndicator[fact.Indicator])
        {
            if (series.Matches(fact))
            {
                return true;
            }
        }

        return false;
    }

    public static HeadlineCatalog Default { get; } = new(ReadEmbedded());

    /// <summary>The catalogue with <paramref name="overlayJson"/>'s series first (or alone); malformed files throw naming <paramref name="source"/>.</summary>
    /// <exception cref="FormatException">Not a headline catalogue; the message names the file and the problem.</exception>
    public static HeadlineCatalog WithOverlay(string overlayJson, string source)
    {
        try
        {
            var (series, replace) = Read(overlayJson);
            return new(replace ? series : [.. series, .. Default.Series.Where(s => !series.Contains(s))]);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"{source}: not a headline catalogue ({e.Message}).", e);
        }
    }

    private static List<HeadlineSeries> ReadEmbedded()
    {
        using var stream = typeof(HeadlineCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Embedded headline catalogue is missing.");
        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd()).Series;
    }

    private static (List<HeadlineSeries> Series, bool Replace) Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var series = root.GetProperty("series").EnumerateArray().Select(e => new HeadlineSeries(
            Required(e, "entity"),
            Required(e, "indicator"),
            e.TryGetProperty("aggregation", out var a) ? MeaningCodes.ParseAggregation(a.GetString() ?? "") : null,
            e.TryGetProperty("unit", out var u) ? UnitCodes.Parse(u.GetString() ?? "") : null)).ToList();
        return (series, root.TryGetProperty("replace", out var replace) && replace.GetBoolean());
    }

    private static string Required(JsonElement entry, string name) =>
        entry.GetProperty(name).GetString() is { Length: > 0 } text ? text : throw new InvalidOperationException($"A headline series needs a non-empty \"{name}\".");
}
