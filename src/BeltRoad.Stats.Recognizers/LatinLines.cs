namespace BeltRoad.Stats.Recognizers;

/// <summary>
/// The lines of a Chinese text written in Latin letters (a bilingual page's English paragraphs), found so that another
/// culture's tables read them: a line with at least <see cref="MinLetters"/> ASCII letters that outnumber its Han
/// characters four to one, the ratio of <see cref="RecognizerCultures.Detect"/>.
/// </summary>
internal static class LatinLines
{
    // A shorter run of letters is a name or an abbreviation inside a Chinese line (GDP, 5G, Belt and Road).
    private const int MinLetters = 20;

    /// <summary>The [start, end) spans of the Latin lines, in order; empty when there is none.</summary>
    public static List<(int Start, int End)> Find(string text)
    {
        var lines = new List<(int Start, int End)>();
        int start = 0, han = 0, latin = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (c == '\n')
            {
                if (latin >= MinLetters && han * 4 < latin)
                {
                    lines.Add((start, i));
                }

                (start, han, latin) = (i + 1, 0, 0);
            }
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        ScanMeter.Add(text.Length);
        return lines;
    }

    /// <summary>
    /// The mentions of <paramref name="text"/> with those on its Latin lines replaced by what <paramref name="latin"/> finds
    /// there, each line read on its own; offsets stay those of the whole text.
    /// </summary>
    public static IReadOnlyList<Mention> Reread(string text, List<Mention> mentions, List<(int Start, int End)> lines, NumberRecognizer latin, RecognitionOptions? options)
    {
        var merged = new List<Mention>(mentions.Count);
        var next = 0;
        foreach (var (start, end) in lines)
        {
            while (next < mentions.Count && mentions[next].Start < start)
            {
                merged.Add(mentions[next++]);
            }

            while (next < mentions.Count && mentions[next].Start < end)
            {
                next++;
            }

            var after = merged.Count > 0 ? merged[^1].End : 0;
            foreach (var m in latin.Recognize(text[start..end], options))
            {
                // A mention of the text before may run into the line (a figure broken across lines): it keeps its place.
                if (m.Start + start >= after)
                {
                    merged.Add(m with { Start = m.Start + start, NumberStart = m.NumberStart + start });
                }
            }
        }

        while (next < mentions.Count)
        {
            merged.Add(mentions[next++]);
        }

        return merged;
    }
}
