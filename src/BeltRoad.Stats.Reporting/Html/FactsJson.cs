using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// The facts as JSON for the page's script and for anyone saving the page. The encoder escapes &lt; &gt; &amp; ' +
/// and line separators as \uXXXX, so no quote can close the &lt;script&gt; element that holds it.
/// </summary>
internal static class FactsJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static string Write(IReadOnlyList<FactView> facts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var f in facts)
            {
                json.WriteStartObject();
                json.WriteString("anchor", f.Anchor);
                json.WriteString("id", f.Fact.Id);
                json.WriteString("doc", f.Fact.Doc);
                json.WriteString("metric", f.Fact.Metric.Value);
                json.WriteString("entity", f.Fact.Entity);
                json.WriteString("indicator", f.Fact.Indicator);
                json.WriteString("nature", f.Fact.Nature.Code());
                json.WriteString("aggregation", f.Fact.Aggregation.Code());
                json.WriteString("subject", f.Fact.Subject);
                json.WriteNumber("value", f.Fact.Value);
                if (f.Fact.ValueHigh is { } high)
                {
                    json.WriteNumber("value_high", high);
                }

                json.WriteString("unit", f.Fact.Unit.Code());
                json.WriteString("qualifier", f.Fact.Qualifier.Code());
                json.WriteString("as_of", f.Fact.AsOf?.ToString());
                json.WriteString("as_of_basis", f.Fact.AsOfBasis?.Code());
                json.WriteString("text", f.QualifiedValue);
                json.WriteString("quote", f.Fact.Quote);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
