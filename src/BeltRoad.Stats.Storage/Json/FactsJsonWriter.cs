using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Writes <c>facts.json</c>, the export contract <c>score-facts</c> reads. The output depends on the
/// table and the generator string only (no clock), so the same input gives the same bytes. It is streamed:
/// memory stays bounded by a buffer whatever the number of facts, and the size is linear in the facts
/// (a fact names its finding; the finding lists its members once).
/// </summary>
public static class FactsJsonWriter
{
    public const string Schema = "beltroad-stats/facts@1";

    // Bytes the JSON writer holds before they go on to the file.
    private const int FlushBytes = 1 << 16;

    /// <summary>Writes the file, replacing one already there (the caller writes into a staging folder).</summary>
    /// <param name="generator">Program name and version, e.g. "beltroad-stats 0.1.0".</param>
    public static void WriteFile(string path, FactTable table, string generator) => WriteFile(path, table, generator, null);

    /// <summary>
    /// The same file, the unchanged documents' facts copied from <paramref name="published"/> (a run that takes most
    /// documents from the extraction cache); written whole when the published file is not there as recorded or does not
    /// hold those facts where its account puts them. The bytes are the same either way.
    /// </summary>
    /// <returns>Whether facts were copied from the published file.</returns>
    public static bool WriteFile(string path, FactTable table, string generator, PublishedExport? published)
    {
        ArgumentNullException.ThrowIfNull(table);
        var findings = FindingIndex.ByFact(table);
        using var copied = PublishedExport.TryOpen(published, p => PublishedFactsJson.Open(p, table, findings));
        using var file = FileOutput.Create(path, FileOutput.ExportBuffer, published?.Spare);
        Write(file, table, generator, findings, copied);
        FileOutput.Finish(file);
        return copied is not null;
    }

    /// <summary>
    /// UTF-8 without BOM, '\n' line ends and a final newline; each document, fact and finding on a line of its own
    /// (<see cref="PublishedFactsJson"/> finds a fact by its line's start), nothing else indented.
    /// </summary>
    public static void Write(Stream output, FactTable table, string generator)
    {
        ArgumentNullException.ThrowIfNull(table);
        Write(output, table, generator, FindingIndex.ByFact(table), null);
    }

    private static void Write(Stream output, FactTable table, string generator, IReadOnlyList<int?> findings, PublishedFactsJson? copied)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(generator);
        var pages = FactLookup.Pages(table);

        var escaped = new HtmlSafeJsonStream(output);
        using var lines = new Lines();
        using (var json = new Utf8JsonWriter(escaped, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteString("generator", generator);
            WriteArray(json, escaped, lines, "documents", table.Documents, (w, d, _) => FactJsonParts.WriteDocument(w, d));
            WriteFacts(json, escaped, lines, table.Facts, findings, pages, copied);
            WriteArray(json, escaped, lines, "findings", table.Findings, (w, f, i) => FactJsonParts.WriteFinding(w, f, i + 1));
            json.WriteEndObject();
        }

        escaped.Write("\n"u8);
        escaped.Complete();
    }

    public static byte[] ToBytes(FactTable table, string generator)
    {
        using var buffer = new MemoryStream();
        Write(buffer, table, generator);
        return buffer.ToArray();
    }

    // Relaxed escaping keeps Chinese readable; HtmlSafeJson then escapes the few characters that matter in HTML. Not
    // indented: an item per line reads as well, and indenting made the file a third larger (191.7 against 143.4 MB at
    // 100 MB of input), all of it pages a run writes anew.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// An array item as its own line: written by a writer of its own after a line break, then handed to the file's writer
    /// as a raw value (which puts the comma before it). A raw line break never occurs inside a JSON string, so a line's
    /// start is an item's.
    /// </summary>
    private sealed class Lines : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1 << 12);
        private readonly Utf8JsonWriter _item;

        public Lines() => _item = new Utf8JsonWriter(_buffer, Options);

        public void Dispose() => _item.Dispose();

        public void Write<T>(Utf8JsonWriter json, T value, Action<Utf8JsonWriter, T> write)
        {
            _buffer.ResetWrittenCount();
            _buffer.Write("\n"u8);
            _item.Reset();
            write(_item, value);
            _item.Flush();
            json.WriteRawValue(_buffer.WrittenSpan, skipInputValidation: true);
        }

        /// <summary>Ends an array with its closing bracket on a line of its own.</summary>
        public static void End(Utf8JsonWriter json, Stream escaped)
        {
            json.Flush();
            escaped.Write("\n"u8);
            json.WriteEndArray();
        }
    }

    // After the first fact the writer has written, a run of copied facts goes past it, straight to the file.
    private static void WriteFacts(
        Utf8JsonWriter json, HtmlSafeJsonStream escaped, Lines lines, IReadOnlyList<Fact> facts, IReadOnlyList<int?> findings, Func<Fact, int?> pages, PublishedFactsJson? copied)
    {
        json.WriteStartArray("facts");
        for (var i = 0; i < facts.Count; i++)
        {
            if (i > 0 && copied?.Copy(i, json, escaped, findings) is > 0 and var run)
            {
                i += run - 1;
                continue;
            }

            if (copied?.TryWrite(json, i, findings[i]) != true)
            {
                lines.Write(json, (facts[i], findings[i], pages(facts[i])), static (w, f) => FactJsonParts.WriteFact(w, f.Item1, f.Item2, f.Item3));
            }

            if (json.BytesPending > FlushBytes)
            {
                json.Flush();
            }
        }

        Lines.End(json, escaped);
    }

    private static void WriteArray<T>(Utf8JsonWriter json, Stream escaped, Lines lines, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T, int> write)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            // The item's writer travels in the state: a lambda capturing it would be a new delegate per item.
            lines.Write(json, (items[i], i, write), static (w, item) => item.write(w, item.Item1, item.Item2));
            if (json.BytesPending > FlushBytes)
            {
                json.Flush();
            }
        }

        Lines.End(json, escaped);
    }
}
