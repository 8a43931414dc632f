using System.Runtime.CompilerServices;
using System.Text;

namespace BeltRoad.Stats.Storage;

/// <summary>Reads what <see cref="EntryWriter"/> wrote; anything out of place throws (the caller turns it into a miss).</summary>
internal sealed class EntryReader : IDisposable
{
    private readonly BinaryReader _reader;
    private readonly string[] _strings;

    /// <exception cref="InvalidOperationException">The payload does not start with <paramref name="magic"/>.</exception>
    public EntryReader(byte[] payload, string magic)
    {
        _reader = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
        if (_reader.ReadString() != magic)
        {
            throw new InvalidOperationException("an entry of another layout");
        }

        _strings = new string[ReadCount()];
        for (var i = 0; i < _strings.Length; i++)
        {
            _strings[i] = _reader.ReadString();
        }
    }

    public bool AtEnd => _reader.BaseStream.Position == _reader.BaseStream.Length;

    public string ReadString()
    {
        var index = _reader.Read7BitEncodedInt();
        return (uint)index < (uint)_strings.Length ? _strings[index] : throw new InvalidOperationException($"string {index} of {_strings.Length}");
    }

    public string? ReadOptional() => _reader.ReadBoolean() ? ReadString() : null;

    public int ReadInt32() => _reader.ReadInt32();

    public long ReadInt64() => _reader.ReadInt64();

    public bool ReadBoolean() => _reader.ReadBoolean();

    public decimal ReadDecimal() => _reader.ReadDecimal();

    /// <summary>A count no larger than the bytes left (every item takes at least one): a damaged count is never allocated.</summary>
    public int ReadCount()
    {
        var count = _reader.Read7BitEncodedInt();
        return count >= 0 && count <= _reader.BaseStream.Length - _reader.BaseStream.Position
            ? count
            : throw new InvalidOperationException($"a count of {count} in a damaged entry");
    }

    public T ReadEnum<T>()
        where T : struct, Enum
    {
        var number = _reader.ReadInt32();
        var value = Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<int, T>(ref number) : throw new NotSupportedException($"{typeof(T).Name} is not an int enum");
        return Enum.IsDefined(value) ? value : throw new InvalidOperationException($"{number} is not a {typeof(T).Name}");
    }

    public void Dispose() => _reader.Dispose();
}
