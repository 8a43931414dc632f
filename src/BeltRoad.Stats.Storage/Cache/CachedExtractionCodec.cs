using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// One cache entry in a compact binary form (a cache hit decodes every fact of its document, so a run over a large
/// unchanged corpus is as fast as this is): the document, the published text's digest, the facts with each value's
/// exact decimal (74000.0 and 74000 are equal numbers but print differently), the skipped mentions and the reading's
/// warnings. Enums are kept as numbers: a key covers the program build, so only this build reads what it wrote.
/// </summary>
internal static class CachedExtractionCodec
{
    // Changed whenever the layout changes; an entry of another layout is a miss, never misread.
    private const string Magic = "brs-extraction/2";

    public static byte[] Encode(CachedExtraction entry)
    {
        using var writer = new EntryWriter();
        FactBinary.WriteDocument(writer, entry.Document);
        writer.Write(entry.Text.Sha256);
        writer.Write(entry.Text.Bytes);
        FactBinary.WriteList(writer, entry.Facts, FactBinary.WriteFact);
        FactBinary.WriteList(writer, entry.Skipped, static (w, s) =>
        {
            w.Write(s.Doc);
            FactBinary.WriteSpan(w, s.Span);
            w.Write(s.Text);
            w.Write(s.Reason);
        });
        FactBinary.WriteList(writer, entry.Warnings, static (w, issue) =>
        {
            w.WriteEnum(issue.Severity);
            w.WriteOptional(issue.Doc);
            w.Write(issue.Message);
        });
        return writer.ToArray(Magic);
    }

    /// <exception cref="FormatException">The entry is not one this program wrote.</exception>
    public static CachedExtraction Decode(byte[] payload) => Decode(payload, new SharedValues());

    /// <exception cref="FormatException">The entry is not one this program wrote.</exception>
    public static CachedExtraction Decode(byte[] payload, SharedValues shared) => Decode(payload, payload.Length, shared);

    /// <summary>The entry in the first <paramref name="length"/> bytes of <paramref name="payload"/> (a pooled buffer).</summary>
    /// <param name="shared">The run's labels, quotes and periods, shared by the entries it decodes.</param>
    /// <exception cref="FormatException">The entry is not one this program wrote.</exception>
    public static CachedExtraction Decode(byte[] payload, int length, SharedValues shared)
    {
        try
        {
            using var reader = new EntryReader(payload, length, Magic, shared);
            var entry = new CachedExtraction(
                FactBinary.ReadDocument(reader),
                new TextDigest(reader.ReadString(), reader.ReadInt64()),
                FactBinary.ReadList(reader, FactBinary.ReadFact),
                FactBinary.ReadList(reader, FactBinary.ReadSkipped),
                FactBinary.ReadList(reader, static r => new RunIssue(r.ReadEnum<Severity>(), r.ReadOptional(), r.ReadString())));
            return reader.AtEnd ? entry : throw new InvalidOperationException("bytes after the entry's end");
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or InvalidOperationException or OverflowException or FormatException)
        {
            throw new FormatException($"damaged extraction cache entry: {e.Message}", e);
        }
    }
}
