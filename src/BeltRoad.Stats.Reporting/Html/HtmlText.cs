using System.Text;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// Escaping for text and attribute values. Every string that comes from a document goes through here,
/// so a document containing &lt;script&gt; shows it as text.
/// </summary>
internal static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return sb.ToString();
    }

    public static StringBuilder Text(this StringBuilder sb, string? text) => sb.Append(Escape(text));

    /// <summary>Appends <c> name="value"</c> with the value escaped.</summary>
    public static StringBuilder Attr(this StringBuilder sb, string name, string? value) =>
        sb.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');

    /// <summary>Appends an element with escaped text content: <c>&lt;td&gt;text&lt;/td&gt;</c>.</summary>
    public static StringBuilder Element(this StringBuilder sb, string tag, string? text, string? cssClass = null)
    {
        sb.Append('<').Append(tag);
        if (cssClass is not null)
        {
            sb.Attr("class", cssClass);
        }

        return sb.Append('>').Text(text).Append("</").Append(tag).Append('>');
    }
}
