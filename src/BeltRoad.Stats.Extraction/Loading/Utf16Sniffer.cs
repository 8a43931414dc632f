using System.Text;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// UTF-16 without a byte-order mark (some Windows tools write it). Two signs: ASCII in UTF-16 puts a NUL in every
/// other byte, always the same parity; Chinese in UTF-16 has no NULs, but decodes to everyday characters only in the
/// right byte order, while a legacy decoding of the same bytes reads as rare characters.
/// </summary>
internal static class Utf16Sniffer
{
    private const int Sample = 64 * 1024;

    // Everyday text has well over half its characters among the 500 most common; a wrong byte order about 2 %.
    private const double MinCommonShare = 0.5;

    /// <summary>UTF-16 told by its NULs: nearly all on one parity, and the decoded text free of control characters.</summary>
    public static DecodedText? ByNuls(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, Sample)];
        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                _ = i % 2 == 0 ? even++ : odd++;
            }
        }

        // A few NULs on the other side come from characters such as 一 (U+4E00).
        return (even, odd) switch
        {
            _ when odd >= 2 && even * 10 <= odd => Decode(bytes, bigEndian: false, "utf-16le"),
            _ when even >= 2 && odd * 10 <= even => Decode(bytes, bigEndian: true, "utf-16be"),
            _ => null,
        };
    }

    /// <summary>Chinese UTF-16 (no NULs): the byte order whose text is everyday Chinese, when it beats <paramref name="bestOtherScore"/>.</summary>
    public static DecodedText? ByCharacters(ReadOnlySpan<byte> bytes, double bestOtherScore)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        return new[] { Decode(bytes, false, "utf-16le"), Decode(bytes, true, "utf-16be") }
            .Where(d => d is not null && CommonHanzi.Score(d.Text) >= MinCommonShare && CommonHanzi.Score(d.Text) > bestOtherScore)
            .MaxBy(d => CommonHanzi.Score(d!.Text));
    }

    private static DecodedText? Decode(ReadOnlySpan<byte> bytes, bool bigEndian, string name)
    {
        try
        {
            var text = new UnicodeEncoding(bigEndian, false, true).GetString(bytes);
            return text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) ? null : new DecodedText(text, name);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
