using System.Text.Encodings.Web;
using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Writes <c>facts.json</c>, the export contract <c>score-facts</c> reads. The output depends on the
/// table and the generator string only (no clock), so the same input gives the same bytes.
/// </summary>
public static class FactsJsonWriter
{
    public const string Schema = "beltroad-stats/facts@1";

    /// <summary>Writes the file, replacing one already there (the caller writes into a staging folder).</summary>
    /// <param name="generator">Program name and version, e.g. "beltroad-stats 0.1.0".</param>
    public static void WriteFile(string path, FactTable table, string generator) =>
        FileOutput.Write(path, ToBytes(table, generator));

    public static void Write(Stream output, FactTable table, string generator)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToBytes(table, generator));
    }

    /// <summary>UTF-8 without BOM, 2-space indentation, '\n' line ends and a final newline.</summary>
    public static byte[] ToBytes(FactTable table, string generator)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrWhiteSpace(generator);
        var relations = FactRelations.Index(table);
        var pages = FactLookup.Pages(table);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteString("generator", generator);
            WriteArray(json, "documents", table.Documents, (w, d) => FactJsonParts.WriteDocument(w, d));
            WriteArray(json, "facts", table.Facts, (w, f) => FactJsonParts.WriteFact(w, f, relations[f.Id], pages(f)));
            WriteArray(json, "findings", table.Findings, FactJsonParts.WriteFinding);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return HtmlSafeJson.Escape(buffer.ToArray());
    }

    // Relaxed escaping keeps Chinese readable; HtmlSafeJson then escapes the few characters that matter in HTML.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(json, item);
        }

        json.WriteEndArray();
    }
}
