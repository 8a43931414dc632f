using System.Text;

namespace BeltRoad.Stats.Charts;

/// <summary>
/// Splits a label into pieces that must stay on one line: a Latin word, a number with its scale (1.7万),
/// one CJK character with the punctuation that may not start a line after it, an opening bracket with what follows.
/// Spaces are their own pieces. Line breaks are allowed between pieces only.
/// </summary>
internal static class LabelTokenizer
{
    private enum Run { None, Word, Number, Wide, Opening, Closed }

    public static IReadOnlyList<LabelToken> Tokenize(string text)
    {
        var tokens = new List<LabelToken>();
        var current = new StringBuilder();
        var start = 0;
        var run = Run.None;
        var index = 0;

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(new LabelToken(current.ToString(), start));
                current.Clear();
            }

            start = index;
            run = Run.None;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                Flush();
                tokens.Add(new LabelToken(" ", index));
                start = index + rune.Utf16SequenceLength;
            }
            else if (run == Run.Number && CharClasses.IsDigitLike(rune))
            {
                current.Append(rune.ToString());
            }
            else if (CharClasses.IsClosing(rune) && current.Length > 0)
            {
                current.Append(rune.ToString());
                run = Run.Closed;
            }
            else if (CharClasses.IsOpening(rune))
            {
                if (run != Run.Opening)
                {
                    Flush();
                }

                current.Append(rune.ToString());
                run = Run.Opening;
            }
            else if (CharClasses.IsWide(rune))
            {
                var glue = run == Run.Opening || (run == Run.Number && CharClasses.IsNumberSuffix(rune));
                if (!glue)
                {
                    Flush();
                }

                current.Append(rune.ToString());
                run = run == Run.Number && glue ? Run.Number : Run.Wide;
            }
            else
            {
                if (run is not (Run.Word or Run.Number or Run.Opening))
                {
                    Flush();
                }

                current.Append(rune.ToString());
                run = CharClasses.IsDigitLike(rune) && run is not Run.Word ? Run.Number : Run.Word;
            }

            index += rune.Utf16SequenceLength;
        }

        Flush();
        return tokens;
    }
}
