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
/// are consumed whole, so an escaped backslash followed by "u" is never mistaken for an escape.
/// </remarks>
internal static class HtmlSafeJson
{
    public static byte[] Escape(byte[] utf8Json)
    {
        var output = new List<byte>(utf8Json.Length + 64);
        for (var i = 0; i < utf8Json.Length; i++)
        {
            var b = utf8Json[i];
            if (b == (byte)'\\' && i + 1 < utf8Json.Length)
            {
                if (TrySurrogatePair(utf8Json, i, out var scalar))
                {
                    output.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(scalar)));
                    i += 11;
                }
                else
                {
                    output.Add(b);
                    output.Add(utf8Json[++i]);
                }
            }
            else if (b is (byte)'<' or (byte)'>' or (byte)'&')
            {
                Append(output, b switch { (byte)'<' => "\\u003C", (byte)'>' => "\\u003E", _ => "\\u0026" });
            }
            else if (b == 0xE2 && i + 2 < utf8Json.Length && utf8Json[i + 1] == 0x80 && utf8Json[i + 2] is 0xA8 or 0xA9)
            {
                // U+2028/U+2029 are line terminators to JavaScript parsers older than ES2019.
                Append(output, utf8Json[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
                i += 2;
            }
            else
            {
                output.Add(b);
            }
        }

        return [.. output];
    }

    // "\uD840\uDC0B" at index i: 12 bytes naming one valid high and low surrogate.
    private static bool TrySurrogatePair(byte[] json, int i, out int scalar)
    {
        scalar = 0;
        if (i + 12 > json.Length || json[i + 1] != 'u' || json[i + 6] != '\\' || json[i + 7] != 'u'
            || !TryHex(json, i + 2, out var high) || !TryHex(json, i + 8, out var low)
            || !char.IsHighSurrogate(high) || !char.IsLowSurrogate(low))
        {
            return false;
        }

        scalar = char.ConvertToUtf32(high, low);
        return true;
    }

    private static bool TryHex(byte[] json, int start, out char value)
    {
        var ok = ushort.TryParse(Encoding.ASCII.GetString(json, start, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code);
        value = (char)code;
        return ok;
    }

    private static void Append(List<byte> output, string ascii)
    {
        foreach (var c in ascii)
        {
            output.Add((byte)c);
        }
    }
}
