using System.Buffers;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Segmenting;

/// <summary>Splits a normalised text into sentences (to 。！？ or a paragraph break) and clauses, tracking the section path.</summary>
internal static class Segmenter
{
    // The characters that end a sentence or a clause (IsSentenceEnd and EndsClause say when): the scans jump between
    // them (vectorised), not char by char.
    private static readonly EndChars SentenceEnds = new("。！？!?.");
    private static readonly EndChars ClauseEnds = new("，；：;,:-");

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var sections = new List<(int Rank, string Title)>();
        // Joined when a heading changes it, not per line: the lines under one heading share one path.
        var path = "";
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (SectionHeading.Rank(line) is { } rank)
            {
                // A loop, not a lambda: a lambda capturing the rank would be made for every line, heading or not.
                for (var k = sections.Count - 1; k >= 0; k--)
                {
                    if (sections[k].Rank >= rank)
                    {
                        sections.RemoveAt(k);
                    }
                }

                sections.Add((rank, line.Trim().TrimStart('#').Trim().ToString()));
                path = string.Join(" > ", sections.Select(static s => s.Title));
            }

            SplitLine(text, lineStart, lineEnd, path, sentences);
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    /// <summary>
    /// <paramref name="sentences"/> with each one that a figure runs past joined to the ones the figure reaches: a line
    /// left unjoined (「的旗舰项目，时速」 / 「350公里的雅万高铁」, a narrow PDF column) does not cut a figure in two.
    /// </summary>
    /// <param name="figures">Spans ordered by start.</param>
    public static IReadOnlyList<Sentence> KeepingWhole(IReadOnlyList<Sentence> sentences, IEnumerable<(int Start, int End)> figures)
    {
        var kept = new List<Sentence>(sentences.Count);
        using var figure = figures.GetEnumerator();
        var more = figure.MoveNext();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            for (; more && figure.Current.Start < sentence.End; more = figure.MoveNext())
            {
                while (figure.Current.End > sentence.End && i + 1 < sentences.Count)
                {
                    // The line break between them ends no clause: the last clause goes on into the next sentence's first.
                    var (next, clauses) = (sentences[++i], sentence.Clauses);
                    sentence = sentence with
                    {
                        End = next.End,
                        Clauses = [.. clauses.Take(clauses.Count - 1), new Clause(clauses[^1].Start, next.Clauses[0].End), .. next.Clauses.Skip(1)],
                    };
                }
            }

            kept.Add(sentence);
        }

        return kept;
    }

    private static void SplitLine(string text, int start, int end, string path, List<Sentence> into)
    {
        var sentenceStart = start;
        var ends = SentenceEnds.In(text, start, end);
        for (var i = ends.Next(); i >= 0; i = ends.Next())
        {
            if (IsSentenceEnd(text, i, end))
            {
                Add(text, sentenceStart, i + 1, path, start, into);
                sentenceStart = i + 1;
            }
        }

        Add(text, sentenceStart, end, path, start, into);
    }

    // One of SentenceEnds; a full stop ends an English sentence only before a space and a capital (not in 7.4 or U.S. dollars).
    internal static bool IsSentenceEnd(string text, int i, int end) =>
        text[i] == '.'
            ? i + 2 < end && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !IsAbbreviation(text, i)
            : SentenceEnds.Contains(text[i]);

    // "U.S. dollars", "Mr. Xi", "No. 5": a full stop after an abbreviation does not end the sentence.
    private static readonly string[] Abbreviations = ["Mr", "Mrs", "Ms", "Dr", "No", "Nos", "Co", "Ltd", "Inc", "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "etc", "approx"];

    private static bool IsAbbreviation(string text, int dot)
    {
        if (dot >= 2 && text[dot - 2] == '.')
        {
            return true;
        }

        var start = dot;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(string text, int start, int end, string path, int paragraph, List<Sentence> into)
    {
        while (start < end && Blank.Is(text[start]))
        {
            start++;
        }

        while (end > start && Blank.Is(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            var opens = into.Count == 0 || into[^1].Paragraph != paragraph;
            into.Add(new Sentence(start, end, path, Clauses(text, start, end), paragraph) { OpensParagraph = opens });
        }
    }

    // Ends gathered on the stack (or a pooled array for a very long sentence), then copied: one array of the right size
    // per sentence in one scan, not a list grown clause by clause.
    private static Clause[] Clauses(string text, int start, int end)
    {
        const int OnStack = 64;
        int[]? rented = null;
        Span<int> ends = stackalloc int[OnStack];
        var count = 0;
        var scan = ClauseEnds.In(text, start, end);
        for (var i = scan.Next(); i >= 0; i = scan.Next())
        {
            if (EndsClause(text, i, end))
            {
                if (count == ends.Length)
                {
                    var grown = ArrayPool<int>.Shared.Rent(Math.Max(OnStack, 2 * ends.Length));
                    ends.CopyTo(grown);
                    if (rented is not null)
                    {
                        ArrayPool<int>.Shared.Return(rented);
                    }

                    rented = grown;
                    ends = grown;
                }

                ends[count++] = i;
            }
        }

        var clauses = new Clause[count + 1];
        var clauseStart = start;
        for (var k = 0; k < count; k++)
        {
            clauses[k] = new Clause(clauseStart, ends[k]);
            clauseStart = ends[k] + 1;
        }

        clauses[count] = new Clause(clauseStart, end);
        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        return clauses;
    }

    /// <summary>
    /// A clause's text after any spaces and clause marks it opens with (「，自2013年以来」 after a dropped figure): where its
    /// words begin. The marks are those that end a clause, one definition for the segmenter and whoever reads a clause.
    /// </summary>
    internal static ReadOnlySpan<char> WordsOf(ReadOnlySpan<char> clause)
    {
        var at = 0;
        while (at < clause.Length && (clause[at] == ' ' || ClauseEnds.Contains(clause[at])))
        {
            at++;
        }

        return clause[at..];
    }

    /// <summary>Whether a clause or sentence ends between <paramref name="start"/> and <paramref name="end"/> (one clause holds both ends).</summary>
    internal static bool BreaksBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (EndsClause(text, i, end) || IsSentenceEnd(text, i, end) || text[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    // One of ClauseEnds; an ASCII comma or colon not inside a number (1,000 or 10:30); the second hyphen of a double
    // one ("BEIJING, Oct. 18 (Xinhua) -- China will …": a dateline is no part of the clause after it), never one alone.
    private static bool EndsClause(string text, int i, int end) =>
        ClauseEnds.Contains(text[i])
        && (text[i] is not (',' or ':') || i + 1 >= end || !char.IsAsciiDigit(text[i + 1]))
        && (text[i] != '-' || (i > 0 && text[i - 1] == '-' && (i + 1 >= end || text[i + 1] != '-')));
}
