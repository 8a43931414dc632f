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
        WriteNumber(json, Names.Pages, doc.Pages?.Count);
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
        json.WriteStartObject();
        json.WriteString(Names.Id, fact.Id);
        json.WriteString(Names.Doc, fact.Doc);
        json.WriteString(Names.Metric, fact.Metric.Value);
        json.WriteString(Names.Entity, fact.Entity);
        json.WriteString(Names.Indicator, fact.Indicator);
        json.WriteString(Names.Nature, fact.Nature.Code());
        json.WriteString(Names.Aggregation, fact.Aggregation.Code());
        json.WriteString(Names.Subject, fact.Subject);
        WriteDecimal(json, Names.Value, fact.Value);
        WriteDecimal(json, Names.ValueHigh, fact.ValueHigh);
        json.WriteString(Names.Unit, fact.Unit.Code());
        json.WriteString(Names.Measure, fact.Measure);
        json.WriteString(Names.Qualifier, fact.Qualifier.Code());
        json.WriteString(Names.AsOf, fact.AsOf?.ToString());
        json.WriteString(Names.AsOfBasis, fact.AsOfBasis?.Code());
        json.WriteNumber(Names.Start, fact.Span.Start);
        json.WriteNumber(Names.End, fact.Span.End);
        WriteNumber(json, Names.Page, page);
        json.WriteString(Names.Quote, fact.Quote);
        var count = fact.OccurrenceCount;
        json.WriteNumber(Names.Occurrences, count);
        json.WriteStartArray(Names.Spans);
        for (var i = 0; i < count; i++) // by index: no list for a fact stated once, no enumerator per fact
        {
            var span = fact.OccurrenceAt(i);
            json.WriteStartObject();
            json.WriteNumber(Names.Start, span.Start);
            json.WriteNumber(Names.End, span.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString(Names.Section, fact.SectionPath);
        WriteNumber(json, Names.Finding, finding);
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

    // Raw so the number is written exactly as DecimalText gives it (no "74000.0", no exponent); our own digits, so
    // the writer need not parse them back to check.
    private static void WriteDecimal(Utf8JsonWriter json, JsonEncodedText name, decimal? value)
    {
        json.WritePropertyName(name);
        if (value is { } v)
        {
            Span<byte> digits = stackalloc byte[DecimalText.MaxLength];
            json.WriteRawValue(digits[..DecimalText.FormatUtf8(v, digits)], skipInputValidation: true);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, JsonEncodedText name, int? value)
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

    // The field names WriteNumber and WriteDecimal take, and all of a fact's: encoded once, not for each of 200,000 facts.
    private static class Names
    {
        public static readonly JsonEncodedText Pages = JsonEncodedText.Encode("pages");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Doc = JsonEncodedText.Encode("doc");
        public static readonly JsonEncodedText Metric = JsonEncodedText.Encode("metric");
        public static readonly JsonEncodedText Entity = JsonEncodedText.Encode("entity");
        public static readonly JsonEncodedText Indicator = JsonEncodedText.Encode("indicator");
        public static readonly JsonEncodedText Nature = JsonEncodedText.Encode("nature");
        public static readonly JsonEncodedText Aggregation = JsonEncodedText.Encode("aggregation");
        public static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText ValueHigh = JsonEncodedText.Encode("value_high");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText Measure = JsonEncodedText.Encode("measure");
        public static readonly JsonEncodedText Qualifier = JsonEncodedText.Encode("qualifier");
        public static readonly JsonEncodedText AsOf = JsonEncodedText.Encode("as_of");
        public static readonly JsonEncodedText AsOfBasis = JsonEncodedText.Encode("as_of_basis");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");
        public static readonly JsonEncodedText Quote = JsonEncodedText.Encode("quote");
        public static readonly JsonEncodedText Occurrences = JsonEncodedText.Encode("occurrences");
        public static readonly JsonEncodedText Spans = JsonEncodedText.Encode("spans");
        public static readonly JsonEncodedText Section = JsonEncodedText.Encode("section");
        public static readonly JsonEncodedText Finding = JsonEncodedText.Encode("finding");
    }
}
