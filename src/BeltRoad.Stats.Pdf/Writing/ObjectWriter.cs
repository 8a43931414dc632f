namespace BeltRoad.Stats.Pdf.Writing;

/// <summary>
/// Numbers indirect objects, records where each starts, and writes the xref table and trailer. Objects given to
/// <see cref="Packed"/> (a structure tree's thousands of small dictionaries) go into compressed object streams, and
/// then the cross-reference is a stream too (PDF 1.7 §7.5.7, §7.5.8). With <paramref name="packDictionaries"/> every
/// <see cref="Dictionary"/> is packed so: a tagged digest's annotations, pages and outline cost a fraction of their text.
/// </summary>
internal sealed class ObjectWriter(bool packDictionaries = false)
{
    /// <summary>Objects per object stream: small enough for a reader to open one quickly.</summary>
    private const int PerObjectStream = 200;

    private readonly List<long> _offsets = [0];
    private readonly List<(int Id, string Body)> _packed = [];

    public ByteBuffer Out { get; } = new(1 << 16);

    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    public ObjectWriter Begin(int id)
    {
        _offsets[id] = Out.Length;
        Out.Int(id).Ascii(" 0 obj\n");
        return this;
    }

    public void End() => Out.Ascii("\nendobj\n");

    /// <summary>Writes a whole dictionary object given its body (without the angle brackets); <paramref name="packable"/> false keeps it out of object streams.</summary>
    public void Dictionary(int id, string body, bool packable = true)
    {
        if (packDictionaries && packable)
        {
            Packed(id, body);
            return;
        }

        Begin(id);
        Out.Ascii("<<").Ascii(body).Ascii(">>");
        End();
    }

    public void Stream(int id, string dictionary, ReadOnlySpan<byte> data, bool compressed)
    {
        Begin(id);
        Out.Ascii("<</Length ").Int(data.Length).Ascii(compressed ? " /Filter /FlateDecode" : string.Empty).Ascii(dictionary).Ascii(">>\nstream\n");
        Out.Raw(data).Ascii("\nendstream");
        End();
    }

    /// <summary>SHA-256 of everything written so far, objects waiting for an object stream included.</summary>
    public byte[] ContentDigest()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(Out.Span);
        foreach (var (id, body) in _packed)
        {
            hash.AppendData(System.Text.Encoding.ASCII.GetBytes(id.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + body + "\n"));
        }

        return hash.GetHashAndReset();
    }

    /// <summary>A dictionary object (body without the angle brackets) to be written into an object stream.</summary>
    public void Packed(int id, string body) => _packed.Add((id, body));

    public void Finish(int root, int info, string documentId)
    {
        if (_packed.Count > 0)
        {
            FinishWithStreams(root, info, documentId);
            return;
        }

        var xref = Out.Length;
        Out.Ascii("xref\n0 ").Int(_offsets.Count).Ascii("\n0000000000 65535 f \n");
        for (var i = 1; i < _offsets.Count; i++)
        {
            if (_offsets[i] < 0)
            {
                throw new InvalidOperationException($"Object {i} was reserved but never written.");
            }

            Out.Ascii(_offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Ascii(" 00000 n \n");
        }

        Out.Ascii("trailer\n<</Size ").Int(_offsets.Count).Ascii(" /Root ").Int(root).Ascii(" 0 R /Info ").Int(info)
            .Ascii(" 0 R /ID [<").Ascii(documentId).Ascii("><").Ascii(documentId).Ascii(">]>>\nstartxref\n").Int(xref).Ascii("\n%%EOF\n");
    }

    private void FinishWithStreams(int root, int info, string documentId)
    {
        var inStream = new Dictionary<int, (int Stream, int Index)>();
        foreach (var chunk in _packed.Chunk(PerObjectStream))
        {
            var stream = Reserve();
            var header = new ByteBuffer(chunk.Length * 12);
            var bodies = new ByteBuffer(chunk.Sum(c => c.Body.Length + 6));
            for (var i = 0; i < chunk.Length; i++)
            {
                header.Int(chunk[i].Id).Space().Int(bodies.Length).Space();
                bodies.Ascii("<<").Ascii(chunk[i].Body).Ascii(">>\n");
                inStream[chunk[i].Id] = (stream, i);
            }

            var data = new ByteBuffer(header.Length + bodies.Length).Raw(header.Span).Raw(bodies.Span);
            Stream(stream, $" /Type /ObjStm /N {chunk.Length} /First {header.Length}", Flate.Compress(data.Span), compressed: true);
        }

        var xrefId = Reserve();
        _offsets[xrefId] = Out.Length;
        var table = new ByteBuffer(_offsets.Count * 7);
        for (var i = 0; i < _offsets.Count; i++)
        {
            var (type, field, index) = i == 0 ? (0, 0L, 0xFFFF)
                : inStream.TryGetValue(i, out var at) ? (2, at.Stream, at.Index)
                : _offsets[i] >= 0 ? (1, _offsets[i], 0)
                : throw new InvalidOperationException($"Object {i} was reserved but never written.");
            table.Byte((byte)type).Byte((byte)(field >> 24)).Byte((byte)(field >> 16)).Byte((byte)(field >> 8)).Byte((byte)field)
                .Byte((byte)(index >> 8)).Byte((byte)index);
        }

        Out.Int(xrefId).Ascii(" 0 obj\n");
        var compressed = Flate.Compress(table.Span);
        Out.Ascii("<</Type /XRef /Size ").Int(_offsets.Count).Ascii(" /W [1 4 2] /Root ").Int(root).Ascii(" 0 R /Info ").Int(info)
            .Ascii(" 0 R /ID [<").Ascii(documentId).Ascii("><").Ascii(documentId).Ascii(">] /Length ").Int(compressed.Length)
            .Ascii(" /Filter /FlateDecode>>\nstream\n").Raw(compressed).Ascii("\nendstream");
        End();
        Out.Ascii("startxref\n").Int(_offsets[xrefId]).Ascii("\n%%EOF\n");
    }
}
