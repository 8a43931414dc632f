using System.Text;
using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// A web page's bytes to text: the byte-order mark first, then the charset the page declares
/// (<c>&lt;meta charset&gt;</c> or http-equiv), then detection (GBK and Big5 pages are common and often undeclared).
/// </summary>
internal static partial class HtmlDecoding
{
    // Browsers look for the declaration in the first 1024 bytes; pages with long heads put it later, so look further.
    private const int DeclarationWindow = 8 * 1024;

    // GBK and GB2312 pages use characters only GB18030 (their superset) names correctly.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gbk"] = "gb18030",
        ["gb2312"] = "gb18030",
        ["x-gbk"] = "gb18030",
        ["big5-hkscs"] = "big5",
    };

    public static DecodedText Decode(byte[] bytes)
    {
        // A byte-order mark outranks any declaration; the text decoder reads it.
        if (!TextDecoder.HasByteOrderMark(bytes) && Declared(bytes) is { } encoding)
        {
            try
            {
                return new(encoding.GetString(bytes), encoding.WebName.ToLowerInvariant());
            }
            catch (DecoderFallbackException)
            {
                // The declaration is wrong (a template's utf-8 over GBK content): detection decides.
            }
        }

        return TextDecoder.Decode(bytes);
    }

    private static Encoding? Declared(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, DeclarationWindow));
        var match = Charset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(Aliases.GetValueOrDefault(name, name), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<name>[A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
