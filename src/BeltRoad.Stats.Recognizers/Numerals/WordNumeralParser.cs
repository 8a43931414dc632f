using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Numerals;

/// <summary>
/// Numbers spelled with words (English tables): "nineteen", "one hundred and six", "twenty-one trillion",
/// "3 hundred and 21", "1.5 million", "two hundred point zero three", "two thirds", "one and a half",
/// "a dozen", "one over three". Token by token, left to right; a token that cannot continue the number ends it.
/// </summary>
internal sealed partial class WordNumeralParser
{
    private readonly CultureTables tables;

    public WordNumeralParser(CultureTables tables) => this.tables = tables;

    private enum Last
    {
        None,
        Unit,
        Teen,
        Tens,
        Digits,
        Hundred,
        Scale,
        And,
    }

    /// <summary>
    /// A number spelled out from <paramref name="pos"/>; a word that no number word, scale, fraction, ordinal or article
    /// opens with ("the", "of", "and") is left after one look.
    /// </summary>
    public bool TryParse(string text, int pos, out Numeral numeral)
    {
        if (pos < text.Length && char.IsAsciiLetter(text[pos]) && !tables.NumberWordStarts.MayOpen(text, pos))
        {
            numeral = default;
            return false;
        }

        return Parse(text, pos, null, out numeral);
    }

    /// <summary>Digits followed by scale words: "1.5 million", "380 billion", "3 hundred and 21".</summary>
    public Numeral Extend(string text, Numeral numeral)
    {
        if (numeral.Value is null || numeral.Has(NumeralFlags.Chinese))
        {
            return numeral;
        }

        // 71st, 3rd: digits with an ordinal suffix.
        var suffix = tables.OrdinalSuffixes.Match(text, numeral.End, out _);
        if (suffix > 0 && (numeral.End + suffix >= text.Length || !char.IsAsciiLetter(text[numeral.End + suffix])))
        {
            return numeral with { End = numeral.End + suffix, Flags = numeral.Flags | NumeralFlags.Ordinal };
        }

        return Parse(text, numeral.Start, numeral, out var longer) && longer.End > numeral.End ? longer : numeral;
    }

    private string currentText = string.Empty;

    private bool Parse(string text, int pos, Numeral? digits, out Numeral numeral)
    {
        numeral = default;
        currentText = text;
        var state = new WordState { FractionScale = 1 };
        var i = pos;
        last = Last.None;
        if (digits is { } d)
        {
            state.AddDigits(d.Value!.Value);
            state.DecimalDigits = !decimal.IsInteger(d.Value.Value);
            last = Last.Digits;
            i = d.End;
            state.Commit(i);
        }
        else if (TryArticle(text, i, out var afterArticle))
        {
            state.Article = true;
            i = afterArticle;
        }

        while (i < text.Length)
        {
            var k = Separator(text, i, state.Count > 0 || state.Article);
            if (k >= text.Length || !(char.IsAsciiLetterOrDigit(text[k]) || ArabicParser.IsDigit(text[k])))
            {
                break;
            }

            var before = state;
            if (!Step(text, k, ref state, out var next))
            {
                state = before;
                if (FractionOfScale(text, k, ref state, out next))
                {
                    i = next;
                    continue;
                }

                break;
            }

            i = next;
        }

        ScanMeter.Add(i - pos + 1);
        if (state.AfterAnd && !state.AndJoinsGroups && !state.FractionEverAfterAnd && state.EndAtAnd > pos)
        {
            // "seven and nine loans": an "and" after a unit, teen or tens word joins a fraction ("three and one fourth"),
            // never a second number; the numeral ends before it.
            state.GoodEnd = state.EndAtAnd;
            state.GoodValue = state.ValueAtAnd;
        }

        if (state.Count == 0 && state.Article && StartsWithWord(text, Separator(text, i, true), "dozen"))
        {
            // "a dozen": the article is the one that the suffix multiplies.
            state.GoodEnd = i;
            state.GoodValue = 1;
            state.Count = 1;
        }

        if (state.Count == 0 || state.GoodEnd <= pos)
        {
            return false;
        }

        var flags = NumeralFlags.Words | (digits is { } dd ? dd.Flags & (NumeralFlags.Arabic | NumeralFlags.Grouped) : NumeralFlags.None);
        if (state.IsOrdinal)
        {
            flags |= NumeralFlags.Ordinal;
        }

        numeral = new Numeral(pos, state.GoodEnd, state.GoodValue, state.GoodScaled ? flags | NumeralFlags.Scaled : flags,
            digits?.IntegerDigits ?? 0);
        return true;
    }

    // "two thirds of a million", "half a dozen": a fraction of a scale word multiplies it; before "dozen" (a suffix the
    // unit stage applies) the numeral ends after the article.
    private bool FractionOfScale(string text, int k, ref WordState s, out int next)
    {
        next = k;
        if (s.Count == 0 || s.AfterAnd)
        {
            return false;
        }

        // The words first: a number's value is worked out only when "of a" or "a" follows it.
        var j = StartsWithWord(text, k, "of") && !IsLetter(text, k + 2) ? Separator(text, k + 2, true) : k;
        if (j >= text.Length || !TryArticleWord(text, j, out var afterArticle) || s.Value is <= 0 or >= 1)
        {
            return false;
        }

        var scaleAt = Separator(text, afterArticle, true);
        if (WordAt(text, scaleAt, tables.WordScales, out _) > 0)
        {
            next = scaleAt;
            return true;
        }

        if (j == k && StartsWithWord(text, scaleAt, "dozen"))
        {
            s.Commit(afterArticle);
        }

        return false;
    }

    // CultureTables.Articles as a whole word (read without a copy: most words are not articles and are left at their third letter).
    private static bool TryArticleWord(string text, int i, out int after)
    {
        after = i;
        while (after < text.Length && char.IsAsciiLetter(text[after]) && after - i < 3)
        {
            after++;
        }

        return (after - i == 1 && text[i] is 'a' or 'A') || (after - i == 2 && StartsWithWord(text, i, "an"));
    }

    private static bool IsLetter(string text, int at) => at < text.Length && char.IsAsciiLetter(text[at]);

    private bool TryArticle(string text, int i, out int after)
    {
        after = i;
        if (!TryArticleWord(text, i, out var end))
        {
            return false;
        }

        var k = Separator(text, end, true);
        if (k >= text.Length)
        {
            return false;
        }

        // "a hundred", "a dozen", "a half", "a fifth": the article is the number one only before these.
        if (tables.WordScales.Match(text, k, out _) > 0 || tables.Fractions.Match(text, k, out _) > 0
            || (tables.Ordinals.Match(text, k, out var ord) > 0 && ord >= 3) || StartsWithWord(text, k, "dozen")
            || (tables.Words.Match(text, k, out var tens) is var tl and > 0 && tens >= 20 && tens % 10 == 0 && k + tl < text.Length && text[k + tl] == '-'))
        {
            after = end;
            return true;
        }

        return false;
    }

    private static bool StartsWithWord(string text, int k, string word) =>
        string.Compare(text, k, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    // Spaces and hyphens between number words: "fifty - two", "twenty-one", "fifty   two".
    private static int Separator(string text, int i, bool inside)
    {
        if (!inside)
        {
            return i;
        }

        var k = i;
        var hyphens = 0;
        while (k < text.Length && (CharFold.IsInlineSpace(text[k]) || (text[k] == '-' && hyphens++ == 0)))
        {
            k++;
        }

        return k;
    }

    private int WordAt(string text, int k, WordTable<long> table, out long value)
    {
        var length = table.Match(text, k, out value);
        return length > 0 && (k + length >= text.Length || !char.IsAsciiLetter(text[k + length])) ? length : 0;
    }
}
