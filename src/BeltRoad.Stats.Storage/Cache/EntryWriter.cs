using System.Text;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Writes one cache entry: numbers as they are, every string once in a table in front of the body (a document's
/// facts repeat its name, section paths, subjects, entities and skip reasons), so reading an entry decodes and
/// allocates each distinct string once.
/// </summary>
internal sealed class EntryWriter : IDisposable
{
    private readonly Buffers _buffers;
    private readonly MemoryStream _body;
    private readonly BinaryWriter _writer;
    private readonly Dictionary<string, int> _indexes;
    private readonly List<string> _strings;

    public EntryWriter()
    {
        // A thread's buffers from its last entry: each new entry grew its own streams from 256 bytes by doubling, ≈ 5
        // times its size in arrays thrown away (≈ 300 of a fresh 100 MB run's 1,500 MB allocated).
        _buffers = Buffers.Rent();
        (_body, _writer, _indexes, _strings) = (_buffers.Body, _buffers.Writer, _buffers.Indexes, _buffers.Strings);
    }

    public void Write(string text)
    {
        if (!_indexes.TryGetValue(text, out var index))
        {
            _indexes[text] = index = _strings.Count;
            _strings.Add(text);
        }

        _writer.Write7BitEncodedInt(index);
    }

    public void WriteOptional(string? text)
    {
        _writer.Write(text is not null);
        if (text is not null)
        {
            Write(text);
        }
    }

    public void WriteOptional(decimal? value)
    {
        _writer.Write(value is not null);
        if (value is { } number)
        {
            _writer.Write(number);
        }
    }

    public void WriteOptionalEnum<T>(T? value)
        where T : struct, Enum
    {
        _writer.Write(value is not null);
        if (value is { } known)
        {
            WriteEnum(known);
        }
    }

    public void Write(int value) => _writer.Write(value);

    public void Write(long value) => _writer.Write(value);

    public void Write(bool value) => _writer.Write(value);

    public void Write(decimal value) => _writer.Write(value);

    public void WriteCount(int count) => _writer.Write7BitEncodedInt(count);

    public void WriteEnum<T>(T value)
        where T : struct, Enum => _writer.Write(IntEnum.ToInt(value));

    /// <summary>The entry: <paramref name="magic"/>, the string table, the body.</summary>
    public byte[] ToArray(string magic)
    {
        _writer.Flush();
        var head = _buffers.Head;
        var writer = _buffers.HeadWriter;
        writer.Write(magic);
        writer.Write7BitEncodedInt(_strings.Count);
        foreach (var text in _strings)
        {
            writer.Write(text);
        }

        writer.Flush();
        // The two parts copied once into an array of the entry's size (not into a third stream, then out of it).
        var (headLength, bodyLength) = ((int)head.Length, (int)_body.Length);
        var entry = GC.AllocateUninitializedArray<byte>(headLength + bodyLength);
        head.GetBuffer().AsSpan(0, headLength).CopyTo(entry);
        _body.GetBuffer().AsSpan(0, bodyLength).CopyTo(entry.AsSpan(headLength));
        return entry;
    }

    public void Dispose() => Buffers.Return(_buffers);

    private sealed class Buffers
    {
        // A buffer grown past this by an unusually large entry is let go rather than kept for the thread's life.
        private const int KeptCapacity = 1 << 20;

        [ThreadStatic]
        private static Buffers? _spare;

        private Buffers()
        {
            Body = new MemoryStream();
            Head = new MemoryStream();
            Writer = new BinaryWriter(Body, Encoding.UTF8, leaveOpen: true);
            HeadWriter = new BinaryWriter(Head, Encoding.UTF8, leaveOpen: true);
        }

        public MemoryStream Body { get; }

        public MemoryStream Head { get; }

        public BinaryWriter Writer { get; }

        public BinaryWriter HeadWriter { get; }

        public Dictionary<string, int> Indexes { get; } = new(StringComparer.Ordinal);

        public List<string> Strings { get; } = [];

        public static Buffers Rent()
        {
            var buffers = _spare ?? new Buffers();
            _spare = null; // an entry written inside another (none is) would get buffers of its own
            return buffers;
        }

        public static void Return(Buffers buffers)
        {
            if (buffers.Body.Capacity > KeptCapacity || buffers.Head.Capacity > KeptCapacity || buffers.Strings.Count > KeptCapacity / 64)
            {
                return;
            }

            buffers.Body.SetLength(0);
            buffers.Head.SetLength(0);
            buffers.Indexes.Clear();
            buffers.Strings.Clear();
            _spare = buffers;
        }
    }
}
