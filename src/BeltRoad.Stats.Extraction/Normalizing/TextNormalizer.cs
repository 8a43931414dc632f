using System.Buffers;
using System.Text.RegularExpressions;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Recognizers;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Normalizing;

/// <summary>
/// Undoes PDF-extraction and web-copy debris without losing offsets: joins sentences broken across lines, folds
/// full-width digits and letters, straightens odd quote characters, drops invisible characters and dictionary
/// pinyin (<see cref="ScrapedDebris"/>). Spaces inside numbers are left for the recognizer, which reads
/// 「7.4 万列」 as one figure.
/// </summary>
internal static partial class TextNormalizer
{
    // PDF extraction breaks long paragraphs; a line shorter than this that ends without punctuation is a
    // title or heading (titles in the corpus run to about 24 characters), not a broken sentence, unless the document
    // is set in a column narrower than this and the line fills it (NarrowColumn).
    private const int MinBrokenLineLength = 26;
    private const char HanFirst = '\u4E00';
    private const char HanLast = '\u9FFF';

    public static NormalizedText Normalize(string original)
    {
        // The copy is never longer than the original (a dropped break stands for one space at most), so a pooled array of
        // that size holds its characters (no builder, no copy).
        var text = ArrayPool<char>.Shared.Rent(original.Length);
        var map = new OffsetMap();
        var length = 0;
        var lineStart = 0;
        var column = new Column(original);
        // The document's head (title, dateline, source) runs until a line ends a sentence or is joined to the next.
        var inHead = true;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c is >= HanFirst and <= HanLast)
            {
                // A run of Han letters (most of a Chinese text) is kept as it is: no fold, no debris, one shift.
                var run = original.AsSpan(i).IndexOfAnyExceptInRange(HanFirst, HanLast) is var other and >= 0 ? other : original.Length - i;
                original.AsSpan(i, run).CopyTo(text.AsSpan(length));
                map.Add(length, i);
                length += run;
                i += run - 1;
                continue;
            }

            if (c is '\r' or '\n' && IsBrokenSentence(original, lineStart, i, inHead, ref column, out var next))
            {
                inHead = false;
                // Drop the break (and any blank lines) so the sentence reads as one; the map skips them. Between
                // two Latin words or numbers the break stands for a space: 「the\nBelt」 is two words, 「2022\n12个」 two numbers.
                if (NeedsSpace(length > 0 ? text[length - 1] : ' ', original[next]))
                {
                    text[length] = ' ';
                    map.Add(length++, i);
                }

                i = next - 1;
                continue;
            }

            if (c == '\n')
            {
                inHead &= original.AsSpan(lineStart, i - lineStart).Trim() is var ended && (ended.IsEmpty || !IsSentenceEnd(ended[^1]));
                lineStart = i + 1;
            }
            else if (ScrapedDebris.DropAt(original, i) is > 0 and var dropped)
            {
                i += dropped - 1;
                continue;
            }

            text[length] = Fold(c);
            map.Add(length++, i);
        }

        map.Add(length, original.Length);
        var normalized = new string(text, 0, length);
        ArrayPool<char>.Shared.Return(text);
        return new NormalizedText(normalized, map, original.Length);
    }

    private static bool NeedsSpace(char before, char after) =>
        char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after);

    private static char Fold(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => (char)(c - 0xFEE0),
        '\uFF0E' => '.',
        '\uFF05' => '%',
        '\u201A' => '\u2018', // ‚ used as an opening quote by some PDF exporters
        '\u201B' => '\u2019', // ‛
        '\u3000' or '\u00A0' or '\u202F' or '\u2007' => ' ',
        '\f' => ' ', // a page break the sentence did not cross: the line after it starts clean
        _ => c,
    };

    /// <summary>
    /// True when the line break at <paramref name="at"/> splits a sentence; <paramref name="next"/> is where the sentence
    /// goes on. <paramref name="inHead"/>: no line before this one ended a sentence or was joined.
    /// </summary>
    private static bool IsBrokenSentence(string s, int lineStart, int at, bool inHead, ref Column column, out int next)
    {
        next = at;
        // What the line before the break says first: most lines end a sentence, and then nothing after them matters.
        var line = s.AsSpan(lineStart, at - lineStart).Trim();
        // A table's row ('|' or tabs between its cells) is no broken sentence, nor is the line above one.
        if (line.IsEmpty || line[0] == '#' || line.Contains('|') || line.Contains('\t') || IsSentenceEnd(line[^1]) || !IsWordChar(line[^1])
            || Loading.DocumentHeader.HasDateStamp(line))
        {
            return false;
        }

        // A fact sheet's "Approved financing: USD 8.4 billion" over "Projects approved: 50": a labelled value is a row of
        // its own, as a table's is, and so is the one under it.
        if (TableLine.IsLabelledValue(line) && TableLine.IsLabelledValue(NextLine(s, at)))
        {
            return false;
        }

        // A short line is a title or heading unless it ends inside a figure whose unit opens the next line.
        var figureCut = line.Length < MinBrokenLineLength && !column.Fills(line.Length);
        if (figureCut && !EndsInFigure(line))
        {
            return false;
        }

        // A form feed is a PDF page break (pdftotext): a sentence goes on across it.
        while (next < s.Length && s[next] is '\r' or '\n' or '\f' or ' ' or '\t' or '\u3000')
        {
            next++;
        }

        var blankLine = s.AsSpan(at, next - at).Count('\n') > 1;
        if (s.IndexOf('\n', next) is var rowEnd && s.AsSpan(next, (rowEnd < 0 ? s.Length : rowEnd) - next).Contains('\t'))
        {
            return false;
        }

        // A navigation or advertising line a web copy injected inside the sentence goes with the break.
        while (next < s.Length && ScrapedDebris.NavigationLineEnd(s, next) is > 0 and var navEnd)
        {
            next = navEnd;
            while (next < s.Length && s[next] is '\r' or '\n' or '\f' or ' ' or '\t' or '\u3000')
            {
                next++;
            }
        }

        if (next >= s.Length)
        {
            return false;
        }

        var first = s[next];
        // 「2024年，全省对共建国家进出口3126.5亿」 over 「元，同比增长3.8%，…」: a scraped page cut the figure from its unit. The
        // line below goes on with the sentence (a clause mark within a unit's length), which a footer's 「网站标识码：…」 does not.
        if (figureCut && (blankLine || !HanText.Is(first) || s.AsSpan(next, Math.Min(FigureCutProbe, s.Length - next)).IndexOfAny('，', '。') < 0))
        {
            return false;
        }

        // An English headline without a full stop, a blank line, then a capital: a new paragraph, not a broken sentence.
        if (char.IsAsciiLetterUpper(first) && blankLine)
        {
            return false;
        }

        // A sentence does not change its script at a line break: a line of English prose (or, across a blank line, an
        // English heading without a full stop: 「1. A forum of unprecedented scale」), then a line in Han script within its
        // first characters (「4月25日至27日，」 opens with digits) is a bilingual page's translation, not a broken sentence.
        if (HanText.Any(s.AsSpan(next, Math.Min(ScriptProbe, s.Length - next)))
            && (RecognizerCultures.IsLatinLine(line) || (blankLine && !HanText.Any(line))))
        {
            return false;
        }

        // A title at the document's head, then a blank line: a monthly release's 「2024年1-5月我对“一带一路”共建国家投资
        // 合作情况」 runs past the heading length. It has no clause break and ends in a letter or digit (a broken line
        // often holds a 「，」 or ends in 「、」), and is not as long as the line below it: a column's lines are all of one
        // length, a title is not the column's width.
        if (inHead && blankLine && char.IsLetterOrDigit(line[^1]) && line.IndexOfAny('，', ',') < 0 && NextLine(s, next).Length != line.Length)
        {
            return false;
        }

        return IsWordChar(first) && !LooksLikeHeadingStart(s.AsSpan(next, Math.Min(8, s.Length - next)))
            && !DatedEntry().IsMatch(s.AsSpan(next, Math.Min(DatedEntryProbe, s.Length - next)));
    }

    // How far into the next line a figure's unit and the clause mark after it are looked for (「万标箱，」).
    private const int FigureCutProbe = 6;

    // 「…进出口3126.5亿」「…到发911」: the line ends with a figure's digits, or a large scale right after them (the
    // recognizer's tables name the scales).
    private static bool EndsInFigure(ReadOnlySpan<char> line) =>
        char.IsAsciiDigit(line[^1]) || (line.Length > 1 && RecognizerCultures.IsBigScale(line[^1]) && char.IsAsciiDigit(line[^2]));

    // How far into the next line a timeline entry's dated label is looked for ("January 2022 -- ").
    private const int DatedEntryProbe = 24;

    // "January 2022 -- about 80 projects, 30 billion dollars", "2019 — 5,000 trips": a line opening with a year (a short
    // label before it) and a dash is an entry of a timeline list, not the rest of the line before it.
    [GeneratedRegex(@"^[\p{L}. ]{0,12}(?:19|20)[0-9]{2}年?\s*(?:--|—|–)\s")]
    private static partial Regex DatedEntry();

    // How far into the next line its script is looked for (「4月25日至27日，」 opens with digits).
    private const int ScriptProbe = 8;

    // The line after the break at `at` (blank lines skipped), trimmed.
    private static ReadOnlySpan<char> NextLine(string s, int at)
    {
        var start = at;
        while (start < s.Length && s[start] is '\r' or '\n' or ' ' or '\t' or '\u3000')
        {
            start++;
        }

        var end = s.AsSpan(start).IndexOfAny('\r', '\n');
        return (end < 0 ? s.AsSpan(start) : s.AsSpan(start, end)).Trim();
    }

    /// <summary>The document's narrow column, measured when a short line first asks (most documents never do).</summary>
    private struct Column(string text)
    {
        private int? _fullLine;
        private bool _measured;

        /// <summary>Whether a line of <paramref name="length"/> characters fills the document's narrow column (false when it has none).</summary>
        public bool Fills(int length)
        {
            if (!_measured)
            {
                (_fullLine, _measured) = (NarrowColumn.FullLineLength(text, MinBrokenLineLength), true);
            }

            return _fullLine is { } full && length >= full;
        }
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '；' or ';' or '：' or ':' or '”' or '」' or '）' or ')' or '.';

    // A clause mark ends no paragraph: a line that stops at one (「截至 2023 年 8 月 31 日,」, ASCII in converted text) goes on.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '，' or ',' or '、' or '“' or '‘' or '《' or '（';

    private static bool LooksLikeHeadingStart(ReadOnlySpan<char> line) =>
        line.Length > 0 && (line[0] is '#' or '（' or '(' or '【' || SectionHeading.MarkerRank(line) is not null);
}
