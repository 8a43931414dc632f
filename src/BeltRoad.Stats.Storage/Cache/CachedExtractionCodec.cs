using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// One cache entry as JSON: the document and facts in facts.json's own shape (one definition of the fields), plus what
/// facts.json leaves out because it is not data to a reader but matters to the same bytes: the text, the skipped
/// mentions, the reading's warnings, and each value's exact decimal text (74000.0 and 74000 are equal numbers but print differently).
/// </summary>
internal static class CachedExtractionCodec
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Encode(CachedExtraction entry)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WritePropertyName("document");
            FactJsonParts.WriteDocument(json, entry.Document);
            json.WriteString("text", entry.Text);
            json.WriteStartArray("facts");
            foreach (var fact in entry.Facts)
            {
                json.WriteStartObject();
                json.WritePropertyName("fact");
                FactJsonParts.WriteFact(json, fact, finding: null, page: null);
                json.WriteString("value", fact.Value.ToString(CultureInfo.InvariantCulture));
                json.WriteString("value_high", fact.ValueHigh?.ToString(CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("skipped");
            foreach (var skipped in entry.Skipped)
            {
                json.WriteStartObject();
                json.WriteString("doc", skipped.Doc);
                json.WriteNumber("start", skipped.Span.Start);
                json.WriteNumber("end", skipped.Span.End);
                json.WriteString("text", skipped.Text);
                json.WriteString("reason", skipped.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var warning in entry.Warnings)
            {
                json.WriteStartObject();
                json.WriteString("severity", warning.Severity.ToString());
                json.WriteString("doc", warning.Doc);
                json.WriteString("message", warning.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <exception cref="FormatException">The entry is not one this program wrote.</exception>
    public static CachedExtraction Decode(byte[] payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            return new CachedExtraction(
                FactsJsonReader.ReadDocument(root.GetProperty("document")),
                root.GetProperty("text").GetString()!,
                [.. root.GetProperty("facts").EnumerateArray().Select(ReadFact)],
                [.. root.GetProperty("skipped").EnumerateArray().Select(s => new SkippedMention(
                    s.GetProperty("doc").GetString()!,
                    new SourceSpan(s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32()),
                    s.GetProperty("text").GetString()!,
                    s.GetProperty("reason").GetString()!))],
                [.. root.GetProperty("warnings").EnumerateArray().Select(w => new RunIssue(
                    Enum.Parse<Severity>(w.GetProperty("severity").GetString()!),
                    w.GetProperty("doc").GetString(),
                    w.GetProperty("message").GetString()!))]);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"damaged extraction cache entry: {e.Message}", e);
        }
    }

    private static Fact ReadFact(JsonElement e) => FactsJsonReader.ReadFact(e.GetProperty("fact")) with
    {
        Value = decimal.Parse(e.GetProperty("value").GetString()!, CultureInfo.InvariantCulture),
        ValueHigh = e.GetProperty("value_high").GetString() is { } high ? decimal.Parse(high, CultureInfo.InvariantCulture) : null,
    };
}
