using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>The noun a count counts when the measure word does not say (个 + 国家, "25 European countries").</summary>
internal sealed class HeadNounResolver(ScanText text)
{
    private readonly CultureTables tables = text.Tables;
    private readonly NounContextResolver contexts = new(text);

    /// <summary>
    /// 个 + 国家 → countries, "25 European countries" → countries: a short look-ahead over the noun phrase after the
    /// numeral. It stops at punctuation, digits or a line break; once a head noun is found, also at a phrase-ending
    /// word (table data: 的, 签署, "of", "were"). Where the table says the last head noun decides (Chinese compounds:
    /// 国家标准化机构 is organizations), a later head noun separated by a modifier of 1 to <c>headNounGap</c>
    /// characters replaces the earlier one; two adjacent head nouns (共建国家院校, 专业领域) keep the first, which is
    /// what the measure word counts. Otherwise the first match ends the phrase.
    /// </summary>
    public bool HeadNounAhead(MentionDraft given, out MentionDraft draft, int from)
    {
        draft = given;
        var found = false;
        var foundEnd = from;
        var nounStart = from;
        var (wordStart, wordEnd) = (from, from);
        var k = from;
        for (; k < text.Length && k < from + tables.HeadNounWindow; k++)
        {
            var c = text[k];
            if (char.IsAsciiLetter(c) && (k == from || !char.IsAsciiLetter(text[k - 1])))
            {
                (wordStart, wordEnd) = (k, k);
                while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
                {
                    wordEnd++;
                }
            }

            if (char.IsAsciiLetter(c) && k > from && char.IsAsciiLetter(text[k - 1]))
            {
                // "11 Asiancountries": a head noun of six letters or more that ends a word after a modifier of three letters
                // or more, run together by a scraped page ("estates" holds "states" after a single letter: no such case).
                if (!found && k - wordStart >= 3 && wordEnd - k >= 6 && GluedHeadNoun(k, wordEnd, out var gluedUnit) is var glued and > 0)
                {
                    draft = draft with { Unit = gluedUnit, End = k + glued };
                    (found, nounStart, foundEnd) = (true, k, k + glued);
                    break;
                }

                continue;
            }

            if (c == '(' && AcronymClose(k) is var close and > 0)
            {
                // "600 Belt and Road (B&R) projects": an abbreviation in brackets stays inside the noun phrase.
                k = close;
                continue;
            }

            if (!found && char.IsAsciiLetterUpper(c) && (k == 0 || !char.IsAsciiLetterOrDigit(text[k - 1]))
                && tables.Labels.Match(text.Text, k, out var name) is var named and > 0 && name is { Role: WordRole.Name } && text.WordBoundaryAfter(k + named))
            {
                // "297 Fortune Global 500 companies": a name the label table lists (its digits too) is a modifier of the noun.
                k += named - 1;
                continue;
            }

            if (ArabicParser.IsDigit(c) ? found || tables.HeadNouns.Match(text.Text, k, out _) == 0
                : c is '，' or '。' or '；' or '：' or '、' or ',' or ';' or ':' or '！' or '？' or '!' or '?' or '\n' or '\r' or '（' or '(' or '）' or ')' or '.')
            {
                // Punctuation, a line break or another number ends the phrase, unless a head noun starts with digits
                // ("3.74 million 20-foot equivalent units").
                break;
            }

            if (found && k - foundEnd > tables.HeadNounGap)
            {
                break;
            }

            var length = tables.HeadNouns.Match(text.Text, k, out var unit, skipInnerSpaces: true);
            if (length > 0 && !text.WordBoundaryAfter(k + length) && !GluedAfter(k + length))
            {
                // "10-kilometer section": skipping the space read "kilometers" into the next word; the noun is the shorter one.
                length = tables.HeadNouns.Match(text.Text, k, out unit);
            }

            if (length > 0 && found && k == foundEnd)
            {
                break;
            }

            if (length > 0 && (text.WordBoundaryAfter(k + length) || GluedAfter(k + length)))
            {
                foundEnd = k + length;
                draft = draft with { Unit = unit, End = foundEnd };
                found = true;
                nounStart = k;
                if (!tables.HeadNounLastWins)
                {
                    break;
                }

                k += length - 1;
                continue;
            }

            var stop = tables.HeadNounStops.Match(text.Text, k, out _);
            if ((found && stop > 0 && text.WordBoundaryAfter(k + stop)) || (text.Words is not null && tables.Words.Match(text.Text, k, out _) is var w and > 0 && text.WordBoundaryAfter(k + w)))
            {
                break;
            }

            // A barrier is a word of its own: the "on" of "roll-on/roll-off units" is part of a compound.
            if (!found && tables.HeadNounBarriers.Match(text.Text, k, out _) is var barrier and > 0 && text.WordBoundaryAfter(k + barrier)
                && (k == 0 || !(char.IsAsciiLetter(text[k - 1]) || text[k - 1] is '-' or '/')))
            {
                break;
            }
        }

        ScanMeter.Add(k - from + 1);
        if (found)
        {
            draft = draft with { Unit = InContext(draft.Unit, nounStart, foundEnd, draft.Start) };
        }

        return found;
    }

    /// <summary>The unit of the head noun at [<paramref name="nounStart"/>, <paramref name="nounEnd"/>) by the table's context rules.</summary>
    public MentionUnit InContext(MentionUnit unit, int nounStart, int nounEnd, int figureStart) => contexts.InContext(unit, nounStart, nounEnd, figureStart);

    // The head noun that runs from k to the end of its word, else 0.
    private int GluedHeadNoun(int k, int wordEnd, out MentionUnit unit) =>
        tables.HeadNouns.Match(text.Text, k, out unit) is var length && k + length == wordEnd ? length : 0;

    // "223 citiesacross": a short word run into the head noun ends it as a space would.
    private bool GluedAfter(int end) =>
        end < text.Length && tables.GluedWords.Match(text.Text, end, out _) is var glued and > 0 && text.WordBoundaryAfter(end + glued);

    // "(B&R)", "(TEUs)": an abbreviation in brackets, two capitals or more and no other lower-case letter than a plural
    // "s" at its end ("(Xinhua)" is a name); the index of its closing bracket, else 0.
    private int AcronymClose(int open)
    {
        var capitals = 0;
        for (var k = open + 1; k < text.Length && k <= open + 11; k++)
        {
            var c = text[k];
            if (c == ')')
            {
                return capitals >= 2 ? k : 0;
            }

            capitals += char.IsAsciiLetterUpper(c) ? 1 : 0;
            if ((char.IsAsciiLetterLower(c) && !(c == 's' && text[k + 1] == ')')) || (!char.IsAsciiLetter(c) && c is not ('&' or '.' or '-')))
            {
                return 0;
            }
        }

        return 0;
    }

    // The longest noun the table names behind a count (国家和地区).
    private const int BehindLength = 5;

    // 个 with no noun ahead: 签约投资项目75个 names its noun before the numeral, also across the words read before the
    // numeral (项目有509个, 援助项目近700个, 伙伴国增至30个, 沿线国家共有12个: <paramref name="prefixStart"/>, -1 for none).
    public MentionDraft HeadNoun(MentionDraft draft, int from, int prefixStart = -1)
    {
        if (HeadNounAhead(draft, out draft, from))
        {
            return draft;
        }

        var after = from < text.Length ? text[from] : '。';
        if (after is '，' or '。' or '；' or '、' or ',' or ';' or '.' or '\n' or '\r' or '）' or ')')
        {
            if (tables.HeadNounsBehind.MatchEndingAt(text.Text, draft.NumberStart, BehindLength, out var behind) > 0
                || (draft.Start < draft.NumberStart && tables.HeadNounsBehind.MatchEndingAt(text.Text, draft.Start, BehindLength, out behind) > 0)
                || (prefixStart >= 0 && prefixStart < draft.Start && tables.HeadNounsBehind.MatchEndingAt(text.Text, prefixStart, BehindLength, out behind) > 0))
            {
                draft = draft with { Unit = behind };
            }
        }

        return draft;
    }
}
