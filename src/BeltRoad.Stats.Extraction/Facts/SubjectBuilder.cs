using System.Text;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// Labels what a figure measures from the words around it, the way an analyst labels a table row:
/// 「中欧班列累计开行 7.4 万列」 → 「中欧班列累计开行」; for counts the counted noun leads the label:
/// 「中国已与 104 个共建国家签署双边航空运输协定」 → 「中国已与…签署双边航空运输协定的共建国家」.
/// Works on simplified script so both scripts give the same label.
/// </summary>
internal sealed class SubjectBuilder(SubjectWords words)
{
    private const int MaxNoun = 10;
    private const int MaxContext = 24;
    private const string Classifiers = "个家名位所项份件种座条处只套批场届剂对期台列吨多余以上左右大门类次";

    /// <param name="text">Simplified sentence text.</param>
    /// <param name="from">Where the figure's context starts (clause start, or the end of the previous figure).</param>
    /// <param name="to">Where it ends (clause end, or the start of the next figure).</param>
    public string Build(string text, int from, int figureStart, int figureEnd, int numberEnd, int to, Unit unit, IReadOnlyList<(int Start, int End)> cut)
    {
        var pre = Clean(Without(text, from, figureStart, cut), MaxContext, keepEnd: true);
        if (!IsCount(unit))
        {
            if (Han(pre) >= 3)
            {
                return pre;
            }

            var post = Clean(Without(text, figureEnd, to, cut), MaxNoun, keepEnd: false);
            return Join(pre, post);
        }

        var nounStart = numberEnd;
        while (nounStart < to && (Classifiers.Contains(text[nounStart]) || text[nounStart] == ' '))
        {
            nounStart++;
        }

        var nounEnd = nounStart;
        while (nounEnd < to && nounEnd - nounStart < MaxNoun && IsNounChar(text[nounEnd]))
        {
            nounEnd++;
        }

        var noun = text[nounStart..nounEnd].Trim();
        var rest = Clean(Without(text, nounEnd, to, cut), MaxContext, keepEnd: false);
        var context = pre.Length > 0 && rest.Length > 0 ? pre + "…" + rest : pre + rest;
        if (noun.Length == 0)
        {
            return context.Length > 0 ? context : text[figureStart..figureEnd].Trim();
        }

        return Han(context) >= 2 ? context + "的" + noun : noun;
    }

    private static bool IsCount(Unit unit) =>
        unit is Unit.Countries or Unit.Organizations or Unit.Projects or Unit.Items or Unit.Documents or Unit.Persons or Unit.Other;

    // The counted noun runs until punctuation, a digit, or a word that starts the next phrase.
    private static bool IsNounChar(char c) => (char.IsLetter(c) || c is '“' or '”' or '"') && c is not '的' and not '和' and not '与' and not '及' and not '、';

    private static string Without(string text, int start, int end, IReadOnlyList<(int Start, int End)> cut)
    {
        var sb = new StringBuilder(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            if (!cut.Any(c => i >= c.Start && i < c.End) && !char.IsWhiteSpace(text[i]))
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private string Clean(string s, int max, bool keepEnd)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var w in words.Leading)
            {
                if (s.StartsWith(w, StringComparison.OrdinalIgnoreCase))
                {
                    s = s[w.Length..].TrimStart();
                    changed = true;
                }
            }

            foreach (var w in words.Trailing)
            {
                if (s.EndsWith(w, StringComparison.OrdinalIgnoreCase))
                {
                    s = s[..^w.Length].TrimEnd();
                    changed = true;
                }
            }
        }
        while (changed && s.Length > 0);

        if (s.Length > max)
        {
            s = keepEnd ? s[^max..] : s[..max];
        }

        return s;
    }

    private static string Join(string a, string b) => a.Length > 0 && b.Length > 0 && IsLatin(a) && IsLatin(b) ? a + " " + b : a + b;

    private static bool IsLatin(string s) => s.Any(char.IsAsciiLetter);

    private static int Han(string s) => s.Count(c => c is >= '\u4E00' and <= '\u9FFF' || char.IsAsciiLetter(c));
}
