using System.Buffers;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// A PDF content stream read as far as <see cref="PdfPageBudget"/> needs: the bytes inside its strings (what text
/// operators show: at most one glyph a byte) and how many times it draws each named XObject (<c>/X Do</c>, the name
/// right before the operator). Comments and inline images are stepped over; nothing else is tokenised, so the scan
/// jumps from one byte that matters to the next.
/// </summary>
internal static class PdfContentScan
{
    // What starts a string, a name or a comment, and the first letters of the two operators that matter (Do, ID).
    private static readonly SearchValues<byte> Marks = SearchValues.Create("(</%DI"u8);

    private static readonly SearchValues<byte> Delimiters = SearchValues.Create(" \n\r\t\f\0/()<>[]{}%"u8);

    public static (long StringBytes, Dictionary<string, int> Draws) Of(ReadOnlySpan<byte> content)
    {
        var draws = new Dictionary<string, int>(StringComparer.Ordinal);
        long strings = 0;
        var (nameStart, nameEnd) = (-1, -1);
        for (var i = 0; i < content.Length;)
        {
            var next = content[i..].IndexOfAny(Marks);
            if (next < 0)
            {
                break;
            }

            i += next;
            switch (content[i])
            {
                case (byte)'%':
                    var line = content[i..].IndexOfAny((byte)'\n', (byte)'\r');
                    i = line < 0 ? content.Length : i + line;
                    break;
                case (byte)'(':
                    strings += LiteralString(content, ref i);
                    break;
                case (byte)'<' when i + 1 < content.Length && content[i + 1] == (byte)'<':
                    i += 2;
                    break;
                case (byte)'<':
                    var end = content[i..].IndexOf((byte)'>');
                    var hex = end < 0 ? content.Length - i : end;
                    strings += hex / 2;
                    i += hex + 1;
                    break;
                case (byte)'/':
                    nameStart = ++i;
                    i = TokenEnd(content, i);
                    nameEnd = i;
                    break;
                default:
                    var start = i;
                    i = TokenEnd(content, i + 1);
                    var token = content[start..i];
                    if (start > 0 && Delimiters.Contains(content[start - 1]))
                    {
                        if (token.SequenceEqual("Do"u8) && nameEnd >= 0 && content[nameEnd..start].Trim(" \n\r\t\f\0"u8).IsEmpty)
                        {
                            var name = System.Text.Encoding.Latin1.GetString(content[nameStart..nameEnd]);
                            draws[name] = draws.GetValueOrDefault(name) + 1;
                        }
                        else if (token.SequenceEqual("ID"u8))
                        {
                            SkipInlineImage(content, ref i);
                        }
                    }

                    break;
            }
        }

        return (strings, draws);
    }

    // A (string), nested parentheses balanced and backslash escapes stepped over; its length in bytes.
    private static long LiteralString(ReadOnlySpan<byte> content, ref int i)
    {
        var start = ++i;
        var depth = 1;
        while (i < content.Length && depth > 0)
        {
            var next = content[i..].IndexOfAny((byte)'\\', (byte)'(', (byte)')');
            if (next < 0)
            {
                i = content.Length;
                break;
            }

            i += next;
            depth += content[i] switch { (byte)'(' => 1, (byte)')' => -1, _ => 0 };
            i += content[i] == (byte)'\\' ? 2 : 1;
        }

        return i - start;
    }

    // Inline image data after ID, to the EI that follows white space: its bytes are not tokens.
    private static void SkipInlineImage(ReadOnlySpan<byte> content, ref int i)
    {
        var end = content[i..].IndexOf("EI"u8);
        while (end > 0 && !Delimiters.Contains(content[i + end - 1]))
        {
            var further = content[(i + end + 2)..].IndexOf("EI"u8);
            end = further < 0 ? -1 : end + 2 + further;
        }

        i = end < 0 ? content.Length : i + end + 2;
    }

    private static int TokenEnd(ReadOnlySpan<byte> content, int i)
    {
        var end = i < content.Length ? content[i..].IndexOfAny(Delimiters) : 0;
        return end < 0 ? content.Length : i + end;
    }
}
