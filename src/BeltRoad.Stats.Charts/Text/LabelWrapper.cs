using System.Text;

namespace BeltRoad.Stats.Charts;

/// <summary>
/// Wraps a label into at most <c>maxLines</c> lines of a given width, breaking between CJK characters
/// or at spaces, never inside a number or a Latin word unless it alone is too wide; the last line ends in "…" when text is left over.
/// </summary>
internal static class LabelWrapper
{
    private const string Ellipsis = "…";

    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize, ITextMeasurer measurer, int maxLines)
    {
        text = text.Trim();
        if (text.Length == 0 || maxLines < 1 || maxWidth <= 0)
        {
            return [];
        }

        var lines = Lines(text, maxWidth, fontSize, measurer);
        if (lines.Count <= maxLines)
        {
            return lines.Select(line => line.Text).ToList();
        }

        var kept = lines.Take(maxLines - 1).Select(line => line.Text).ToList();
        kept.Add(Ellipsize(text[lines[maxLines - 1].Start..].Trim(), maxWidth, fontSize, measurer));
        return kept;
    }

    /// <summary>
    /// Like <see cref="Wrap"/>, but lines of even length: the narrowest width that needs no more lines than the full width,
    /// so a two-line label reads 基础设施合作 / 项目名称较长 rather than leaving one word alone on the second line.
    /// </summary>
    public static IReadOnlyList<string> WrapBalanced(string text, double maxWidth, double fontSize, ITextMeasurer measurer, int maxLines)
    {
        var lines = Wrap(text, maxWidth, fontSize, measurer, maxLines);
        if (lines.Count < 2 || lines[^1].EndsWith(Ellipsis, StringComparison.Ordinal))
        {
            return lines;
        }

        var (low, high) = (maxWidth / lines.Count, maxWidth);
        var best = lines;
        for (var i = 0; i < 12; i++)
        {
            var middle = (low + high) / 2;
            var candidate = Wrap(text, middle, fontSize, measurer, maxLines);
            if (candidate.Count <= lines.Count && !candidate[^1].EndsWith(Ellipsis, StringComparison.Ordinal))
            {
                (best, high) = (candidate, middle);
            }
            else
            {
                low = middle;
            }
        }

        return best;
    }

    /// <summary>The text cut to fit <paramref name="maxWidth"/>, ending in "…" when cut.</summary>
    public static string Ellipsize(string text, double maxWidth, double fontSize, ITextMeasurer measurer)
    {
        if (measurer.Measure(text, fontSize) <= maxWidth)
        {
            return text;
        }

        var runes = text.EnumerateRunes().ToList();
        while (runes.Count > 0 && measurer.Measure(Join(runes).TrimEnd() + Ellipsis, fontSize) > maxWidth)
        {
            runes.RemoveAt(runes.Count - 1);
        }

        return Join(runes).TrimEnd() + Ellipsis;
    }

    private static List<(string Text, int Start)> Lines(string text, double maxWidth, double fontSize, ITextMeasurer measurer)
    {
        var lines = new List<(string Text, int Start)>();
        var line = new StringBuilder();
        var lineStart = 0;

        void Push()
        {
            var content = line.ToString().TrimEnd();
            if (content.Length > 0)
            {
                lines.Add((content, lineStart));
            }

            line.Clear();
        }

        foreach (var token in LabelTokenizer.Tokenize(text))
        {
            if (token.IsSpace)
            {
                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                continue;
            }

            if (measurer.Measure(line + token.Text, fontSize) <= maxWidth)
            {
                if (line.Length == 0)
                {
                    lineStart = token.Start;
                }

                line.Append(token.Text);
                continue;
            }

            Push();
            lineStart = token.Start;
            var offset = 0;
            foreach (var rune in token.Text.EnumerateRunes())
            {
                // A piece wider than the line on its own is cut by character; nothing better exists.
                if (line.Length > 0 && measurer.Measure(line + rune.ToString(), fontSize) > maxWidth)
                {
                    Push();
                    lineStart = token.Start + offset;
                }

                line.Append(rune.ToString());
                offset += rune.Utf16SequenceLength;
            }
        }

        Push();
        return lines;
    }

    private static string Join(List<Rune> runes) => string.Concat(runes.Select(rune => rune.ToString()));
}
