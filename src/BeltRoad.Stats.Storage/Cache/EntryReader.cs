using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Reads what <see cref="EntryWriter"/> wrote (BinaryWriter's layout: little-endian numbers, 7-bit counts, UTF-8 strings
/// after their byte count) straight from the payload: a cached run decodes every fact of every document, and a stream
/// reader's call per field was most of that. Anything out of place throws (the caller turns it into a miss). The
/// busy methods are compiled optimized at once: a new process decodes every entry within its first second, mostly
/// in unoptimized first-tier code otherwise.
/// </summary>
internal sealed class EntryReader : IDisposable
{
    private readonly byte[] _payload;
    private readonly int _length;
    private readonly SharedValues _shared;
    private readonly int _count;

    // The string table, decoded on first use: each string's bytes (start and length at 2i, 2i + 1) and, once read, the
    // string. Pooled: the table is garbage as soon as the entry is decoded.
    private readonly int[] _spans;
    private readonly string?[] _strings;
    private readonly Dictionary<(PeriodPoint From, PeriodPoint? To), Period> _periods = [];
    private int _position;

    /// <param name="length">The entry's bytes are the first this many of <paramref name="payload"/> (a pooled buffer).</param>
    /// <param name="shared">The run's labels, quotes and periods (<see cref="ReadShared"/>, <see cref="ReadQuote"/>, <see cref="SharedPeriod"/>).</param>
    /// <exception cref="InvalidOperationException">The payload does not start with <paramref name="magic"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public EntryReader(byte[] payload, int length, string magic, SharedValues shared)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)length, (uint)payload.Length, nameof(length));
        _payload = payload;
        _length = length;
        _shared = shared;
        if (!Ascii.Equals(Take(Read7BitEncodedInt()), magic))
        {
            throw new InvalidOperationException("an entry of another layout");
        }

        _count = ReadCount();
        _spans = ArrayPool<int>.Shared.Rent(2 * _count);
        _strings = ArrayPool<string?>.Shared.Rent(_count);
        Array.Clear(_strings, 0, _count);
        for (var i = 0; i < _count; i++)
        {
            var bytes = Read7BitEncodedInt();
            _spans[2 * i] = _position;
            _spans[(2 * i) + 1] = bytes;
            Take(bytes >= 0 ? bytes : throw new InvalidOperationException($"a string of {bytes} bytes"));
        }
    }

    public bool AtEnd => _position == _length;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string ReadString()
    {
        var index = ReadIndex();
        return _strings[index] ??= Encoding.UTF8.GetString(Bytes(index));
    }

    /// <summary>A label many documents share (a metric code, an entity, a skip reason): the run's one copy of it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string ReadShared()
    {
        var index = ReadIndex();
        return _strings[index] ??= _shared.Labels.Of(Bytes(index));
    }

    /// <summary>A fact's quote: the run's one copy of a sentence several documents state (<see cref="SharedValues.Quotes"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string ReadQuote()
    {
        var index = ReadIndex();
        return _strings[index] ??= _shared.Quotes.Of(Bytes(index));
    }

    public string? ReadOptionalShared() => ReadBoolean() ? ReadShared() : null;

    /// <summary>The run's one <see cref="Period"/> of these points (the entry's, once the run's pool is full): a document dates many of its facts alike, and a corpus's documents the same few hundred ways.</summary>
    /// <exception cref="ArgumentException">A span that ends before it starts.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Period SharedPeriod(PeriodPoint from, PeriodPoint? to)
    {
        // By key, not a scan of the entry's periods: a long document dates thousands of facts in hundreds of ways.
        ref var period = ref CollectionsMarshal.GetValueRefOrAddDefault(_periods, (from, to), out var known);
        if (!known)
        {
            period = _shared.Period(from, to);
        }

        return period!;
    }

    /// <summary>Gives the string table back to the pool; the strings read stay valid.</summary>
    public void Dispose()
    {
        Array.Clear(_strings, 0, _count);
        ArrayPool<string?>.Shared.Return(_strings);
        ArrayPool<int>.Shared.Return(_spans);
    }

    public string? ReadOptional() => ReadBoolean() ? ReadString() : null;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    public bool ReadBoolean() => Take(1)[0] != 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public decimal ReadDecimal()
    {
        var bytes = Take(16);
        // As BinaryWriter wrote decimal.GetBits: low, middle, high, flags; bad flags throw ArgumentException.
        ReadOnlySpan<int> bits =
        [
            BinaryPrimitives.ReadInt32LittleEndian(bytes), BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]), BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]),
        ];
        return new decimal(bits);
    }

    /// <summary>A count no larger than the bytes left (every item takes at least one): a damaged count is never allocated.</summary>
    public int ReadCount()
    {
        var count = Read7BitEncodedInt();
        return count >= 0 && count <= _length - _position
            ? count
            : throw new InvalidOperationException($"a count of {count} in a damaged entry");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T ReadEnum<T>()
        where T : struct, Enum
    {
        var number = ReadInt32();
        var value = IntEnum.FromInt<T>(number);
        return Defined<T>.Contains(number) ? value : throw new InvalidOperationException($"{number} is not a {typeof(T).Name}");
    }

    private int ReadIndex()
    {
        var index = Read7BitEncodedInt();
        return (uint)index < (uint)_count ? index : throw new InvalidOperationException($"string {index} of {_count}");
    }

    private ReadOnlySpan<byte> Bytes(int index) => _payload.AsSpan(_spans[2 * index], _spans[(2 * index) + 1]);

    private ReadOnlySpan<byte> Take(int count)
    {
        if ((uint)count > (uint)(_length - _position))
        {
            throw new EndOfStreamException("the entry ends early");
        }

        var span = _payload.AsSpan(_position, count);
        _position += count;
        return span;
    }

    // BinaryReader.Read7BitEncodedInt: seven bits a byte, low first, at most five bytes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Read7BitEncodedInt()
    {
        var result = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Take(1)[0];
            result |= (uint)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return shift == 28 && b > 0x0f ? throw new FormatException("a 7-bit count too large") : (int)result;
            }
        }

        throw new FormatException("a 7-bit count too long");
    }

    // An enum's defined values, found once per type instead of Enum.IsDefined per value.
    private static class Defined<T>
        where T : struct, Enum
    {
        private static readonly HashSet<int> Values = [.. Enum.GetValues<T>().Select(IntEnum.ToInt)];

        public static bool Contains(int number) => Values.Contains(number);
    }
}
