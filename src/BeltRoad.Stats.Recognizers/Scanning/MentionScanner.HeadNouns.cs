namespace BeltRoad.Stats.Recognizers.Scanning;

internal sealed partial class MentionScanner
{
    // 个 + 国家 → countries; 个 + 项目 → projects. The window stops at punctuation and Arabic digits.
    private void HeadNoun(MentionDraft draft, int from)
    {
        for (var k = from; k < text.Length && k < from + HeadNounWindow; k++)
        {
            var c = text[k];
            if (ArabicParser.IsDigit(c) || c is '，' or '。' or '；' or '：' or '、' or ',' or ';' or ':' or '！' or '？' or '!' or '?'
                or '\n' or '\r' or '（' or '(' or '）' or ')')
            {
                break;
            }

            var length = tables.HeadNouns.Match(text, k, out var unit);
            if (length > 0)
            {
                draft.Unit = unit;
                draft.End = k + length;
                return;
            }
        }

        // 签约投资项目75个: the noun came first.
        var after = from < text.Length ? text[from] : '。';
        if (after is '，' or '。' or '；' or '、' or ',' or ';' or '.' or '\n' or '\r' or '）' or ')')
        {
            var start = draft.NumberStart;
            if (tables.HeadNounsBehind.MatchEndingAt(text, start, 4, out var behind) > 0)
            {
                draft.Unit = behind;
            }
        }
    }
}
