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

    /// <summary>The [start, end) spans of the Latin lines, in order; null when there is none (most Chinese texts).</summary>
    public static List<(int Start, int End)>? Find(string text)
    {
        List<(int Start, int End)>? lines = null;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start) is var newline and >= 0 ? newline : text.Length;
            var line = text.AsSpan(start, end - start);
            // A line without a lower-case Latin letter is no English prose: a vectorised look skips most Chinese lines.
            if (line.Length >= MinLetters && line.IndexOfAnyInRange('a', 'z') >= 0 && IsLatin(line))
            {
                (lines ??= []).Add((start, end));
            }

            start = end + 1;
        }

        ScanMeter.Add(text.Length);
        return lines;
    }

    /// <summary>Whether a line is English prose: enough Latin letters, outnumbering its Han characters four to one.</summary>
    internal static bool IsLatin(ReadOnlySpan<char> line)
    {
        int han = 0, latin = 0;
        foreach (var c in line)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        return latin >= MinLetters && han * 4 < latin;
    }

    /// <summary>
    /// The mentions of <paramref name="text"/> with those on its Latin lines replaced by what <paramref name="latin"/> finds
    /// there, each line read on its own; offsets stay those of the whole text. A figure of a Latin line that states again
    /// one of the Chinese lines before it is marked so (<see cref="Mention.Restates"/>); so is a figure of the Chinese text
    /// right after a block of Latin lines that states again one of that block's own figures (a page that puts the English
    /// first: the Chinese paragraph after it is its translation).
    /// </summary>
    public static IReadOnlyList<Mention> Reread(string text, List<Mention> mentions, List<(int Start, int End)> lines, NumberRecognizer latin, RecognitionOptions? options)
    {
        var merged = new List<Mention>(mentions.Count);
        var translations = new Translations();
        var block = new LatinBlock();
        var next = 0;
        foreach (var (start, end) in lines)
        {
            // Chinese text between the last Latin line and this one: a new block of Latin lines starts here.
            var chineseBetween = next < mentions.Count && mentions[next].Start < start || block.HasChineseBefore(text, start);
            while (next < mentions.Count && mentions[next].Start < start)
            {
                var chinese = block.Mark(mentions[next++]);
                if (chinese.Restates is null)
                {
                    translations.Add(chinese);
                }

                merged.Add(chinese);
            }

            while (next < mentions.Count && mentions[next].Start < end)
            {
                next++;
            }

            if (chineseBetween)
            {
                block.Start(start);
            }

            var after = merged.Count > 0 ? merged[^1].End : 0;
            foreach (var m in latin.Recognize(text[start..end], options))
            {
                // A mention of the text before may run into the line (a figure broken across lines): it keeps its place.
                if (m.Start + start >= after)
                {
                    var marked = translations.Mark(m with { Start = m.Start + start, NumberStart = m.NumberStart + start });
                    block.Add(marked);
                    merged.Add(marked);
                }
            }

            block.End(text, end);
        }

        while (next < mentions.Count)
        {
            merged.Add(block.Mark(mentions[next++]));
        }

        return merged;
    }
}
