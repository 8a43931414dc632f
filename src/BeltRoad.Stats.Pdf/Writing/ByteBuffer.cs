namespace BeltRoad.Stats.Pdf.Writing;

/// <summary>A growable byte buffer with the few PDF token writers the hot paths need (no allocations, no culture).</summary>
internal sealed class ByteBuffer(int capacity = 4096)
{
    private static readonly byte[] HexDigits = "0123456789ABCDEF"u8.ToArray();
    private byte[] _data = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _data.AsSpan(0, Length);

    public ByteBuffer Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_data.AsSpan(Length));
        Length += bytes.Length;
        return this;
    }

    public ByteBuffer Byte(byte value)
    {
        Ensure(1);
        _data[Length++] = value;
        return this;
    }

    /// <summary>Appends ASCII text (PDF syntax is ASCII; other text goes through hex strings).</summary>
    public ByteBuffer Ascii(string text)
    {
        Ensure(text.Length);
        foreach (var c in text)
        {
            _data[Length++] = (byte)c;
        }

        return this;
    }

    public ByteBuffer Int(long value)
    {
        Ensure(21);
        if (value < 0)
        {
            _data[Length++] = (byte)'-';
            value = -value;
        }

        Span<byte> digits = stackalloc byte[20];
        var n = 0;
        do
        {
            digits[n++] = (byte)('0' + (value % 10));
            value /= 10;
        }
        while (value > 0);

        while (n > 0)
        {
            _data[Length++] = digits[--n];
        }

        return this;
    }

    /// <summary>A real number with at most three decimals, trailing zeros dropped: stable bytes for the same value.</summary>
    public ByteBuffer Number(double value)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > 1e12)
        {
            // A NaN would otherwise become a garbage number and a silently broken page.
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite (a NaN or infinity reached the canvas).");
        }

        var scaled = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (scaled < 0)
        {
            Byte((byte)'-');
            scaled = -scaled;
        }

        Int(scaled / 1000);
        var fraction = (int)(scaled % 1000);
        if (fraction != 0)
        {
            Byte((byte)'.');
            var divisor = 100;
            while (fraction != 0)
            {
                Byte((byte)('0' + (fraction / divisor)));
                fraction %= divisor;
                divisor /= 10;
            }
        }

        return this;
    }

    public ByteBuffer Hex16(int value)
    {
        Ensure(4);
        _data[Length++] = HexDigits[(value >> 12) & 0xF];
        _data[Length++] = HexDigits[(value >> 8) & 0xF];
        _data[Length++] = HexDigits[(value >> 4) & 0xF];
        _data[Length++] = HexDigits[value & 0xF];
        return this;
    }

    public ByteBuffer Space() => Byte((byte)' ');

    public ByteBuffer Line(string text) => Ascii(text).Byte((byte)'\n');

    public void CopyTo(Stream stream) => stream.Write(_data, 0, Length);

    public byte[] ToArray() => Span.ToArray();

    private void Ensure(int extra)
    {
        if (Length + extra > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, Length + extra));
        }
    }
}
