using System.Text;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Writes one cache entry: numbers as they are, every string once in a table in front of the body (a document's
/// facts repeat its name, section paths, subjects, entities and skip reasons), so reading an entry decodes and
/// allocates each distinct string once.
/// </summary>
internal sealed class EntryWriter : IDisposable
{
    private readonly MemoryStream _body = new();
    private readonly BinaryWriter _writer;
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    public EntryWriter() => _writer = new BinaryWriter(_body, Encoding.UTF8, leaveOpen: true);

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
        using var head = new MemoryStream(_strings.Count * 16);
        using (var writer = new BinaryWriter(head, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(magic);
            writer.Write7BitEncodedInt(_strings.Count);
            foreach (var text in _strings)
            {
                writer.Write(text);
            }
        }

        // The two parts copied once into an array of the entry's size (not into a third stream, then out of it).
        var (headLength, bodyLength) = ((int)head.Length, (int)_body.Length);
        var entry = GC.AllocateUninitializedArray<byte>(headLength + bodyLength);
        head.GetBuffer().AsSpan(0, headLength).CopyTo(entry);
        _body.GetBuffer().AsSpan(0, bodyLength).CopyTo(entry.AsSpan(headLength));
        return entry;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _body.Dispose();
    }
}
