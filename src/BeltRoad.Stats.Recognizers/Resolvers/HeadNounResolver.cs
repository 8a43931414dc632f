using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>The noun a count counts when the measure word does not say (个 + 国家, "25 European countries").</summary>
internal sealed class HeadNounResolver(ScanText text)
{
    private readonly Tables.CultureTables tables = text.Tables;

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
        var k = from;
        for (; k < text.Length && k < from + tables.HeadNounWindow; k++)
        {
            var c = text[k];
            if (ArabicParser.IsDigit(c) || c is '，' or '。' or '；' or '：' or '、' or ',' or ';' or ':' or '！' or '？' or '!' or '?'
                or '\n' or '\r' or '（' or '(' or '）' or ')' or '.')
            {
                break;
            }

            if (char.IsAsciiLetter(c) && k > from && char.IsAsciiLetter(text[k - 1]))
            {
                continue;
            }

            if (found && k - foundEnd > tables.HeadNounGap)
            {
                break;
            }

            var length = tables.HeadNouns.Match(text.Text, k, out var unit, skipInnerSpaces: true);
            if (length > 0 && found && k == foundEnd)
            {
                break;
            }

            if (length > 0 && text.WordBoundaryAfter(k + length))
            {
                foundEnd = k + length;
                draft = draft with { Unit = unit, End = foundEnd };
                found = true;
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

            if (!found && k > from && tables.HeadNounBarriers.Match(text.Text, k, out _) is var barrier and > 0 && text.WordBoundaryAfter(k + barrier)
                && !char.IsAsciiLetter(text[k - 1]))
            {
                break;
            }
        }

        ScanMeter.Add(k - from + 1);
        return found;
    }

    // 个 with no noun ahead: 签约投资项目75个 names its noun before the numeral.
    public MentionDraft HeadNoun(MentionDraft draft, int from)
    {
        if (HeadNounAhead(draft, out draft, from))
        {
            return draft;
        }

        var after = from < text.Length ? text[from] : '。';
        if (after is '，' or '。' or '；' or '、' or ',' or ';' or '.' or '\n' or '\r' or '）' or ')')
        {
            var start = draft.NumberStart;
            if (tables.HeadNounsBehind.MatchEndingAt(text.Text, start, 4, out var behind) > 0)
            {
                draft = draft with { Unit = behind };
            }
        }

        return draft;
    }
}
