namespace BeltRoad.Stats.Pdf.Writing;

/// <summary>Numbers indirect objects, records where each starts, and writes the xref table and trailer.</summary>
internal sealed class ObjectWriter
{
    private readonly List<long> _offsets = [0];

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

    /// <summary>Writes a whole dictionary object given its body (without the angle brackets).</summary>
    public void Dictionary(int id, string body)
    {
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

    public void Finish(int root, int info, string documentId)
    {
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
}
