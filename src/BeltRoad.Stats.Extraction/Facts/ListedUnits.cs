using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// A list whose unit only one item states: 「分别为7.2万、9.6万、11.8万和13.5万个标准箱」 (the last), "carried 666,285
/// passengers in 2018, 1.62 million in 2019, 835,326 in 2020 and 2 million in 2021" (the first). The bare numbers (the
/// recognizer's <see cref="MentionKind.Number"/>) joined to that item by nothing but what joins a list's items
/// (<see cref="Conjunctions.JoinsItems"/>) and the dates each item is given take its unit. A bare number written without a scale word
/// takes no unit from an item written with one (万, million): "1498.6、868.8亿元" does not say which scale its first
/// item has. Years never take a unit.
/// </summary>
internal static class ListedUnits
{
    public static IReadOnlyList<Mention> Mark(IReadOnlyList<Mention> mentions, string text, WordList dateWords)
    {
        List<Mention>? marked = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!IsStated(mentions[i]))
            {
                continue;
            }

            // Back from the stated item (the last of its list), then on from it (the first).
            for (var step = -1; step <= 1; step += 2)
            {
                var previous = i;
                for (var j = Next(mentions, i, step); j >= 0 && j < mentions.Count; j = Next(mentions, j, step))
                {
                    var (left, right) = step < 0 ? (j, previous) : (previous, j);
                    if (!IsBare(mentions[j], text) || OwnNoun(mentions[j], text, dateWords) || !Joined(mentions, left, right, text, dateWords)
                        || (Scaled(mentions[i], text) && !Scaled(mentions[j], text)))
                    {
                        break;
                    }

                    marked ??= [.. mentions];
                    marked[j] = mentions[j] with { Kind = mentions[i].Kind, Unit = mentions[i].Unit, MeasureWord = mentions[i].MeasureWord };
                    previous = j;
                }
            }
        }

        return marked ?? mentions;
    }

    private static bool IsStated(Mention m) => m.Kind is MentionKind.Quantity && m.Unit is not MentionUnit.None && m.Value is not null;

    // Written in digits or in English words: 二区, 两者, 三者 are names and pronouns, no items of a list.
    private static bool IsBare(Mention m, string text) =>
        m.Kind is MentionKind.Number && m.Value is not null && !BareNumbers.YearLike(m)
        && text.AsSpan(m.NumberStart, m.NumberLength) is var numeral && (numeral.ContainsAnyInRange('0', '9') || !numeral.ContainsAnyExceptInRange('a', 'z'));

    // "12 service areas", 「1761車」: a word right after the number is its own noun (one the recognizer does not know).
    private static bool OwnNoun(Mention m, string text, WordList dateWords)
    {
        var k = m.End;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k < text.Length && char.IsLetter(text[k]) && !JointAt(text, k) && dateWords.At(text, k, text.Length) is null;
    }

    // Whether a list's joint opens at `at`: an English word ("and"), or one or two Han characters (「和」「以及」).
    private static bool JointAt(string text, int at)
    {
        var end = at + 1;
        while (char.IsAsciiLetter(text[at]) && end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return Conjunctions.JoinsItems(text.AsSpan(at, end - at))
            || (!char.IsAsciiLetter(text[at]) && end < text.Length && Conjunctions.JoinsItems(text.AsSpan(at, 2)));
    }

    // The next mention that is no date, in the direction asked; -1 or Count past the ends.
    private static int Next(IReadOnlyList<Mention> mentions, int from, int step)
    {
        var k = from + step;
        while (k >= 0 && k < mentions.Count && mentions[k].Kind is MentionKind.DatePeriod)
        {
            k += step;
        }

        return k;
    }

    // Only a joint between two neighbouring items, once the dates between them and their "in" are set aside.
    private static bool Joined(IReadOnlyList<Mention> mentions, int left, int right, string text, WordList dateWords)
    {
        // One date between them at most (an item's own, "1.62 million in 2019, 835,326"): the gap after it is the joint.
        var at = mentions[left].End;
        for (var k = left + 1; k < right; k++)
        {
            var beforeDate = text.AsSpan(at, Math.Max(0, mentions[k].Start - at)).Trim();
            if (!beforeDate.IsEmpty && (dateWords.EndOf(beforeDate) is not { } dateWord || dateWord.Length != beforeDate.Length))
            {
                return false;
            }

            at = mentions[k].End;
        }

        return Conjunctions.JoinsItems(text.AsSpan(at, Math.Max(0, mentions[right].Start - at)));
    }

    // Whether the numeral holds a scale word (万, 亿, million, bn) rather than digits alone.
    private static bool Scaled(Mention m, string text)
    {
        foreach (var c in text.AsSpan(m.NumberStart, m.NumberLength))
        {
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or '，' or ' '))
            {
                return true;
            }
        }

        return false;
    }
}
