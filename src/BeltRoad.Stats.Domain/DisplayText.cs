using System.Buffers;
using System.Globalization;
using System.Text;

namespace BeltRoad.Stats.Domain;

/// <summary>
/// Text from a file (its name, its metadata, a sidecar) made safe to show: control characters (a newline, a carriage
/// return, the ESC of a terminal escape sequence), line and paragraph separators and bidirectional controls (an
/// override that turns <c>exe.txt</c> around) could forge a console or log line, recolour a terminal, or make a title
/// read as something else. <see cref="Visible"/> shows each as an escape; <see cref="Line"/> takes them out.
/// </summary>
public static class DisplayText
{
    /// <summary>For a console or log line: each such character as <c>\xNN</c> (as undecodable bytes of a file name are shown) or <c>\uNNNN</c>.</summary>
    public static string Visible(string? text)
    {
        if (text is null || text.AsSpan().IndexOfAny(UnsafeChars) < 0)
        {
            return text ?? "";
        }

        var shown = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!UnsafeChars.Contains(c))
            {
                shown.Append(c);
            }
            else
            {
                shown.Append(c <= 0xFF ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}") : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
            }
        }

        return shown.ToString();
    }

    /// <summary>
    /// For a title or another one-line field: such characters taken out (a line break or tab becomes a space, without
    /// doubling one), trimmed, and cut to <paramref name="max"/> characters with an ellipsis; null when nothing is left.
    /// </summary>
    public static string? Line(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length <= max && text.AsSpan().IndexOfAny(UnsafeChars) < 0)
        {
            return text.Trim();
        }

        var line = new StringBuilder(Math.Min(text.Length, max + 1));
        foreach (var c in text)
        {
            if (line.Length > max)
            {
                break;
            }

            if (!UnsafeChars.Contains(c))
            {
                line.Append(c);
            }
            else if (char.IsWhiteSpace(c) && line.Length > 0 && line[^1] != ' ')
            {
                line.Append(' ');
            }
        }

        var result = line.ToString().Trim();
        if (result.Length > max)
        {
            var end = char.IsHighSurrogate(result[max - 2]) ? max - 2 : max - 1;
            result = result[..end].TrimEnd() + "…";
        }

        return result.Length == 0 ? null : result;
    }

    // Control characters (C0, DEL, C1), bidirectional controls (marks, embeddings, overrides, isolates), and the line
    // and paragraph separators.
    private static readonly SearchValues<char> UnsafeChars = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c))
        + "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u2028\u2029");
}
