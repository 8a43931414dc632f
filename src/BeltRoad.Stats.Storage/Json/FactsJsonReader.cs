using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Reads a facts.json written by <see cref="FactsJsonWriter"/> back into a <see cref="FactTable"/>,
/// e.g. the previous run's, to compare runs. facts.json holds no skipped mentions or run issues,
/// so those lists come back empty; a fact's <c>finding</c> and a finding's <c>id</c> are derived from the findings' order
/// and members, and are not read.
/// </summary>
public static class FactsJsonReader
{
    public static FactTable ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <exception cref="FormatException">The JSON is not a facts.json of this schema version.</exception>
    public static FactTable Read(Stream input)
    {
        using var document = JsonDocument.Parse(input);
        var root = document.RootElement;
        var schema = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("schema", out var s) ? s.GetString() : null;
        if (schema != FactsJsonWriter.Schema)
        {
            throw new FormatException($"Expected a '{FactsJsonWriter.Schema}' document, found schema '{schema ?? "(none)"}'.");
        }

        return Malformed(() => new FactTable(
            [.. root.GetProperty("documents").EnumerateArray().Select(ReadDocument)],
            [.. root.GetProperty("facts").EnumerateArray().Select(ReadFact)],
            [.. root.GetProperty("findings").EnumerateArray().Select(ReadFinding)],
            [],
            []));
    }

    internal static DocumentInfo ReadDocument(JsonElement e) => new(
        Text(e, "name"),
        Text(e, "sha256"),
        e.GetProperty("size_bytes").GetInt64(),
        Text(e, "encoding"),
        DocumentLanguageCodes.Parse(Text(e, "language")),
        Text(e, "title"),
        OptionalText(e, "date") is { } date ? PeriodText.ParsePoint(date) : null,
        e.GetProperty("length").GetInt32())
    {
        Format = OptionalText(e, "format") ?? "text",
        Author = OptionalText(e, "author"),
        Publisher = OptionalText(e, "publisher"),
        Url = OptionalText(e, "url"),
        Pages = e.TryGetProperty("page_starts", out var starts) && starts.ValueKind == JsonValueKind.Array
            ? new PageMap(starts.EnumerateArray().Select(s => s.GetInt32()))
            : null,
    };

    internal static Fact ReadFact(JsonElement e)
    {
        var spans = e.GetProperty("spans").EnumerateArray()
            .Select(s => new SourceSpan(s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32()))
            .ToList();
        return new Fact(
            Text(e, "id"),
            Text(e, "doc"),
            new MetricCode(Text(e, "metric")),
            Text(e, "subject"),
            e.GetProperty("value").GetDecimal(),
            e.GetProperty("value_high") is { ValueKind: JsonValueKind.Number } high ? high.GetDecimal() : null,
            UnitCodes.Parse(Text(e, "unit")),
            QualifierCodes.Parse(Text(e, "qualifier")),
            PeriodText.Parse(OptionalText(e, "as_of")),
            Text(e, "section"),
            Text(e, "quote"),
            new SourceSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()),
            spans)
        {
            Measure = e.TryGetProperty("measure", out var measure) ? measure.GetString() : null,
            AsOfBasis = OptionalText(e, "as_of_basis") is { } basis ? AsOfBasisCodes.Parse(basis) : null,
            Entity = OptionalText(e, "entity") ?? "",
            Indicator = OptionalText(e, "indicator") ?? "",
            Nature = OptionalText(e, "nature") is { } nature ? MeaningCodes.ParseNature(nature) : Nature.Actual,
            Aggregation = OptionalText(e, "aggregation") is { } aggregation ? MeaningCodes.ParseAggregation(aggregation) : Aggregation.Level,
        };
    }

    private static CrossDocumentFinding ReadFinding(JsonElement e) => new(
        FindingKindCodes.Parse(Text(e, "kind")),
        new FactKey(new MetricCode(Text(e, "metric")), Text(e, "subject"), OptionalText(e, "as_of")),
        [.. e.GetProperty("facts").EnumerateArray().Select(f => f.GetString()!)],
        [.. e.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!)]);

    // What a missing or mistyped member throws, as the one exception a reader of facts.json expects.
    private static T Malformed<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"facts.json is malformed: {e.Message}", e);
        }
    }

    private static string Text(JsonElement e, string name) =>
        e.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' must not be null.");

    private static string? OptionalText(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? value.GetString() : null;
}
