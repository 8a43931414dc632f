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
    public static void WriteFile(string path, FactTable table, string generator) => WriteFile(path, FactExport.Of(table), generator, null);

    /// <summary>
    /// The same file from <paramref name="facts"/> (a table, or the run's facts.sqlite read back), written over
    /// <paramref name="spare"/> when that can be taken (<see cref="SpareFile"/>). The bytes are the same either way.
    /// </summary>
    public static void WriteFile(string path, FactExport facts, string generator, string? spare)
    {
        ArgumentNullException.ThrowIfNull(facts);
        using var file = FileOutput.Create(path, FileOutput.ExportBuffer, spare);
        Write(file, facts, generator);
        FileOutput.Finish(file);
    }

    /// <summary>
    /// UTF-8 without BOM, '\n' line ends and a final newline; each document, fact and finding on a line of its own,
    /// nothing else indented.
    /// </summary>
    public static void Write(Stream output, FactTable table, string generator) => Write(output, FactExport.Of(table), generator);

    private static void Write(Stream output, FactExport facts, string generator)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(generator);

        var escaped = new HtmlSafeJsonStream(output);
        using var lines = new Lines();
        using (var json = new Utf8JsonWriter(escaped, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteString("generator", generator);
            WriteArray(json, escaped, lines, "documents", facts.Documents, (w, d, _) => FactJsonParts.WriteDocument(w, d));
            WriteArray(json, escaped, lines, "facts", facts.Facts, (w, f, _) => FactJsonParts.WriteFact(w, f.Fact, f.Finding, f.Page));
            WriteArray(json, escaped, lines, "findings", facts.Findings, (w, f, i) => FactJsonParts.WriteFinding(w, f, i + 1));
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

    private static void WriteArray<T>(Utf8JsonWriter json, Stream escaped, Lines lines, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T, int> write)
    {
        json.WriteStartArray(name);
        var i = 0;
        foreach (var item in items)
        {
            // The item's writer travels in the state: a lambda capturing it would be a new delegate per item.
            lines.Write(json, (item, i++, write), static (w, state) => state.write(w, state.item, state.Item2));
            if (json.BytesPending > FlushBytes)
            {
                json.Flush();
            }
        }

        Lines.End(json, escaped);
    }
}
