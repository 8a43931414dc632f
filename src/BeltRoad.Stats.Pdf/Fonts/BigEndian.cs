using System.Buffers.Binary;

namespace BeltRoad.Stats.Pdf.Fonts;

/// <summary>TrueType is big-endian throughout; these keep the parser readable.</summary>
internal static class BigEndian
{
    public static ushort U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);

    public static short I16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadInt16BigEndian(data[offset..]);

    public static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);

    public static void Put16(Span<byte> data, int offset, int value) => BinaryPrimitives.WriteUInt16BigEndian(data[offset..], (ushort)value);

    public static void Put32(Span<byte> data, int offset, uint value) => BinaryPrimitives.WriteUInt32BigEndian(data[offset..], value);

    /// <summary>The sfnt table checksum: the sum of big-endian uint32 words, zero-padded.</summary>
    public static uint Checksum(ReadOnlySpan<byte> table)
    {
        uint sum = 0;
        var whole = table.Length & ~3;
        for (var i = 0; i < whole; i += 4)
        {
            sum += U32(table, i);
        }

        if (whole < table.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            table[whole..].CopyTo(last);
            sum += U32(last, 0);
        }

        return sum;
    }
}
