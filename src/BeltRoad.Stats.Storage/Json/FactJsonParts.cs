using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>The objects inside facts.json, one method each; field names are the export contract's.</summary>
internal static class FactJsonParts
{
    public static void WriteDocument(Utf8JsonWriter json, DocumentInfo doc, Action<Utf8JsonWriter>? extra = null)
    {
        json.WriteStartObject();
        json.WriteString("name", doc.Name);
        json.WriteString("sha256", doc.Sha256);
        json.WriteNumber("size_bytes", doc.SizeBytes);
        json.WriteString("encoding", doc.Encoding);
        json.WriteString("language", doc.Language.Code());
        json.WriteString("title", doc.Title);
        json.WriteString("date", doc.Date?.ToString());
        json.WriteNumber("length", doc.Length);
        json.WriteString("format", doc.Format);
        json.WriteString("author", doc.Author);
        json.WriteString("publisher", doc.Publisher);
        json.WriteString("url", doc.Url);
        WriteNumber(json, "pages", doc.Pages?.Count);
        json.WritePropertyName("page_starts");
        if (doc.Pages is { } pages)
        {
            json.WriteStartArray();
            pages.Starts.ToList().ForEach(json.WriteNumberValue);
            json.WriteEndArray();
        }
        else
        {
            json.WriteNullValue();
        }

        extra?.Invoke(json);
        json.WriteEndObject();
    }

    public static void WriteFact(Utf8JsonWriter json, Fact fact, int? finding, int? page)
    {
        var spans = FactLookup.Spans(fact);
        json.WriteStartObject();
        json.WriteString("id", fact.Id);
        json.WriteString("doc", fact.Doc);
        json.WriteString("metric", fact.Metric.Value);
        json.WriteString("entity", fact.Entity);
        json.WriteString("indicator", fact.Indicator);
        json.WriteString("nature", fact.Nature.Code());
        json.WriteString("aggregation", fact.Aggregation.Code());
        json.WriteString("subject", fact.Subject);
        WriteDecimal(json, "value", fact.Value);
        WriteDecimal(json, "value_high", fact.ValueHigh);
        json.WriteString("unit", fact.Unit.Code());
        json.WriteString("measure", fact.Measure);
        json.WriteString("qualifier", fact.Qualifier.Code());
        json.WriteString("as_of", fact.AsOf?.ToString());
        json.WriteString("as_of_basis", fact.AsOfBasis?.Code());
        json.WriteNumber("start", fact.Span.Start);
        json.WriteNumber("end", fact.Span.End);
        WriteNumber(json, "page", page);
        json.WriteString("quote", fact.Quote);
        json.WriteNumber("occurrences", spans.Count);
        json.WriteStartArray("spans");
        foreach (var span in spans)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("end", span.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("section", fact.SectionPath);
        WriteNumber(json, "finding", finding);
        json.WriteEndObject();
    }

    public static void WriteFinding(Utf8JsonWriter json, CrossDocumentFinding finding, int id)
    {
        json.WriteStartObject();
        json.WriteNumber("id", id);
        json.WriteString("kind", FindingKindCodes.Code(finding.Kind));
        json.WriteString("metric", finding.Key.Metric.Value);
        json.WriteString("subject", finding.Key.Subject);
        json.WriteString("as_of", finding.Key.AsOf);
        WriteStrings(json, "facts", finding.FactIds);
        WriteStrings(json, "documents", finding.Documents);
        json.WriteEndObject();
    }

    // Raw so the number is written exactly as DecimalText gives it (no "74000.0", no exponent).
    private static void WriteDecimal(Utf8JsonWriter json, string name, decimal? value)
    {
        json.WritePropertyName(name);
        if (value is { } v)
        {
            json.WriteRawValue(DecimalText.Format(v));
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
