using System.Globalization;
using System.Text;

namespace BeltRoad.Stats.Pdf.Writing;

/// <summary>PDF string, name and date tokens.</summary>
internal static class PdfSyntax
{
    /// <summary>A text string: literal when printable ASCII, else UTF-16BE hex with a byte-order mark.</summary>
    public static string TextString(string text)
    {
        if (text.All(c => c is >= ' ' and < '\x7f'))
        {
            var escaped = new StringBuilder(text.Length + 2).Append('(');
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }

            return escaped.Append(')').ToString();
        }

        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
    }

    /// <summary>A date string <c>D:YYYYMMDDHHmmSS+HH'mm'</c> (PDF 1.7 §7.9.4).</summary>
    public static string Date(DateTimeOffset date)
    {
        var stamp = date.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var offset = date.Offset;
        var zone = offset == TimeSpan.Zero
            ? "Z"
            : string.Create(CultureInfo.InvariantCulture, $"{(offset < TimeSpan.Zero ? '-' : '+')}{Math.Abs(offset.Hours):00}'{Math.Abs(offset.Minutes):00}'");
        return "(D:" + stamp + zone + ")";
    }

    /// <summary>A name token; anything outside plain ASCII letters and digits is #-escaped.</summary>
    public static string Name(string name)
    {
        var builder = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is >= (byte)'0' and <= (byte)'9' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or (byte)'-' or (byte)'+' or (byte)'_' or (byte)'.')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
