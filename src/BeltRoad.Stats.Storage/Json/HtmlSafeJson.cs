using System.Buffers;
using System.Globalization;
using System.Text;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Final pass over serialised JSON so it reads well and embeds safely:
/// &lt; &gt; &amp; U+2028 U+2029 become \uXXXX escapes, so "&lt;/script&gt;" in a quote cannot close an HTML
/// &lt;script&gt; element holding the file; and surrogate-pair escapes (which the relaxed encoder emits for
/// CJK Extension B characters such as 𠀋) become the plain characters again, as Chinese should read.
/// </summary>
/// <remarks>
/// Done on the bytes because these characters can only occur inside JSON strings, where an escape means
/// the same character, and ASCII bytes never occur inside a multi-byte UTF-8 sequence. Escape sequences
/// are consumed whole, so an escaped backslash followed by "u" is never mistaken for an escape. Works on a
/// stream in pieces: a piece that ends inside an escape or a U+2028 sequence leaves that tail for the next one.
/// </remarks>
internal static class HtmlSafeJson
{
    // The longest sequence decided as one: "\uD840\uDC0B".
    public const int Lookahead = 12;

    public static byte[] Escape(byte[] utf8Json)
    {
        var output = new ArrayBufferWriter<byte>(utf8Json.Length + 64);
        Escape(utf8Json, final: true, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Escapes what it can decide; returns how many input bytes it consumed (all of them when <paramref name="final"/>).</summary>
    public static int Escape(ReadOnlySpan<byte> json, bool final, IBufferWriter<byte> output)
    {
        var i = 0;
        for (; i < json.Length; i++)
        {
            var b = json[i];
            if (!final && (b == (byte)'\\' ? json.Length - i < Lookahead : b == 0xE2 && json.Length - i < 3))
            {
                return i;
            }

            if (b == (byte)'\\' && i + 1 < json.Length)
            {
                if (TrySurrogatePair(json, i, out var scalar))
                {
                    Append(output, Encoding.UTF8.GetBytes(char.ConvertFromUtf32(scalar)));
                    i += 11;
                }
                else
                {
                    Append(output, json.Slice(i++, 2));
                }
            }
            else if (b is (byte)'<' or (byte)'>' or (byte)'&')
            {
                Append(output, b switch { (byte)'<' => "\\u003C"u8, (byte)'>' => "\\u003E"u8, _ => "\\u0026"u8 });
            }
            else if (b == 0xE2 && i + 2 < json.Length && json[i + 1] == 0x80 && json[i + 2] is 0xA8 or 0xA9)
            {
                // U+2028/U+2029 are line terminators to JavaScript parsers older than ES2019.
                Append(output, json[i + 2] == 0xA8 ? "\\u2028"u8 : "\\u2029"u8);
                i += 2;
            }
            else
            {
                var plain = json[i..].IndexOfAny(Special);
                var run = plain < 0 ? json.Length - i : Math.Max(plain, 1);
                Append(output, json.Slice(i, run));
                i += run - 1;
            }
        }

        return i;
    }

    private static readonly SearchValues<byte> Special = SearchValues.Create((byte)'\\', (byte)'<', (byte)'>', (byte)'&', (byte)0xE2);

    // "\uD840\uDC0B" at index i: 12 bytes naming one valid high and low surrogate.
    private static bool TrySurrogatePair(ReadOnlySpan<byte> json, int i, out int scalar)
    {
        scalar = 0;
        if (i + Lookahead > json.Length || json[i + 1] != 'u' || json[i + 6] != '\\' || json[i + 7] != 'u'
            || !TryHex(json.Slice(i + 2, 4), out var high) || !TryHex(json.Slice(i + 8, 4), out var low)
            || !char.IsHighSurrogate(high) || !char.IsLowSurrogate(low))
        {
            return false;
        }

        scalar = char.ConvertToUtf32(high, low);
        return true;
    }

    private static bool TryHex(ReadOnlySpan<byte> hex, out char value)
    {
        var ok = ushort.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code);
        value = (char)code;
        return ok;
    }

    private static void Append(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes) => output.Write(bytes);
}
