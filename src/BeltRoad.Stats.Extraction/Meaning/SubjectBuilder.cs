using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Labels what a figure measures from the words around it, the way an analyst labels a table row:
/// 「中欧班列累计开行 7.4 万列」 → 「中欧班列累计开行」; for counts the counted noun leads the label:
/// 「中国已与 104 个共建国家签署双边航空运输协定」 → 「中国已与…签署双边航空运输协定的共建国家」.
/// Works on simplified script so both scripts give the same label.
/// </summary>
internal sealed class SubjectBuilder(SubjectWords words)
{
    private const string NounStops = "的和与及、在等为将已对向从把被是了并或从到";
    private const string Classifiers = "个家间名位所项份件种座条处只套批场届剂对期台列吨多余以上左右大门类次";

    // Each word with how to compare it regardless of case, decided once.
    private readonly (string Word, StringComparison Comparison)[] _leading = [.. words.Leading.Select(w => (w, WordList.IgnoringCase(w)))];
    private readonly (string Word, StringComparison Comparison)[] _trailing = [.. words.Trailing.Select(w => (w, WordList.IgnoringCase(w)))];

    // The characters the words start (end) with: a Han character, having no case, that none of them starts (ends) with
    // rules out the whole list at once, before a pass over every word.
    private readonly CharStarts _leadingFirsts = new(words.Leading.Select(w => w[0]));
    private readonly CharStarts _trailingLasts = new(words.Trailing.Select(w => w[^1]));

    /// <summary>
    /// The subject of the figure at <paramref name="place"/>: its context stops at its neighbours so 「25 个国家的 200 多个城市」
    /// gives each its own words, and counts listed together (「152个国家和32个国际组织签署了…」) share the predicate after the last.
    /// </summary>
    public string Build(FigurePlace place)
    {
        var (text, clause, mention) = (place.Text, place.Clause, place.Mention);
        // Once per figure: loops over the sentence's few figures, not a list and a LINQ chain each.
        // Index loops over the sentence's lists: a foreach over the interface boxes an enumerator each time.
        var figures = place.In.Figures;
        var (from, to) = (clause.Start, clause.End);
        for (var k = 0; k < figures.Count; k++)
        {
            var m = figures[k];
            if (m == mention)
            {
                continue;
            }

            if (m.End <= mention.Start && m.End > from)
            {
                from = m.End;
            }

            if (m.Start >= mention.End && m.Start < to)
            {
                to = m.Start;
            }
        }

        var cut = new List<(int Start, int End)>();
        var mentions = place.In.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Kind == Recognizers.MentionKind.DatePeriod)
            {
                cut.Add((m.Start, m.End));
            }
        }

        if (to < clause.End && Conjunctions.Joins(text.AsSpan(mention.End, to - mention.End)))
        {
            for (var k = 0; k < figures.Count; k++)
            {
                var m = figures[k];
                if (m != mention && m.Start >= to && m.Start < clause.End)
                {
                    cut.Add((m.Start, m.End));
                }
            }

            to = clause.End;
        }

        var listEnd = mention.Start; // the figure itself stands in its clause
        for (var k = 0; k < figures.Count; k++)
        {
            var m = figures[k];
            if (m.Start >= clause.Start && m.Start < listEnd)
            {
                listEnd = m.Start;
            }
        }

        var subject = Build(text, from, clause.Start, listEnd, mention.Start, mention.End, place.NumberEnd, to, place.Unit, cut, words.For(place.In.Document.Language));

        // Nothing around the figure names it (「最高时速350公里」): its clause, as written, is the honest label.
        return string.IsNullOrWhiteSpace(subject) ? string.Concat(text[clause.Start..clause.End].Where(c => !char.IsWhiteSpace(c))).TrimEnd('。', '；', '，') : subject;
    }

    /// <param name="text">Simplified sentence text.</param>
    /// <param name="from">Where the figure's context starts (clause start, or the end of the previous figure).</param>
    /// <param name="to">Where it ends (clause end, or the start of the next figure).</param>
    /// <param name="listStart">Where the clause starts: a list item (「32万亿美元、5万亿美元」) borrows the words before the list…</param>
    /// <param name="listEnd">…which end where the clause's first figure starts.</param>
    /// <param name="profile">How the document's language labels a figure.</param>
    internal string Build(string text, int from, int listStart, int listEnd, int figureStart, int figureEnd, int numberEnd, int to, Unit unit, IReadOnlyList<(int Start, int End)> cut, SubjectProfile profile)
    {
        var max = profile.MaxContext;
        var pre = Clean(Without(text, from, figureStart, cut, profile.Spaced), max, keepEnd: true, profile.Spaced);
        if (Letters(pre) < 2 && from > listStart && listEnd > listStart)
        {
            var listHead = Clean(Without(text, listStart, listEnd, cut, profile.Spaced), max, keepEnd: true, profile.Spaced);
            pre = Letters(listHead) >= 2 ? listHead : pre;
        }

        if (!IsCount(unit))
        {
            if (Letters(pre) >= 3)
            {
                return pre;
            }

            var post = Clean(Without(text, figureEnd, to, cut, profile.Spaced), profile.MaxAfter, keepEnd: false, profile.Spaced);
            return Join(pre, post);
        }

        var (noun, nounEnd) = CountedNoun(text, numberEnd, figureEnd, to, profile);
        // 「开行旅客列车6对、货物列车约20列」: a count with no noun after it, listed with 、 before another figure of its clause,
        // counts the words before it; those after the joint are the next item's.
        if (noun.Length == 0 && nounEnd < to && text[nounEnd] == ItemJoint && to < text.Length && !ClauseMarks.Contains(text[to]))
        {
            to = nounEnd;
        }

        // The conjunction that joins this count to the next (「国家和32个」) belongs to neither label.
        var restStart = nounEnd < to - 1 && Conjunctions.IsListJoint(text[nounEnd]) && char.IsDigit(text[nounEnd + 1]) ? nounEnd + 1 : nounEnd;
        var rest = Clean(Without(text, restStart, to, cut, profile.Spaced), max, keepEnd: false, profile.Spaced);
        var context = pre.Length > 0 && rest.Length > 0 ? pre + profile.Ellipsis + rest : pre + rest;
        if (noun.Length == 0)
        {
            return context.Length > 0 ? context : text[figureStart..figureEnd].Trim();
        }

        return Letters(context) >= 2 ? profile.CountTemplate.Replace("{context}", context, StringComparison.Ordinal).Replace("{noun}", noun, StringComparison.Ordinal) : noun;
    }

    private const char ItemJoint = '、';
    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create("，。；！？\n,;");

    /// <summary>
    /// What is counted: the head noun the recognizer took into the figure (「150多个国家」), or else the few
    /// words after the classifier up to the next function word (「2000多名农业专家和技术人员」 → 农业专家).
    /// </summary>
    private (string Noun, int End) CountedNoun(string text, int numberEnd, int figureEnd, int to, SubjectProfile profile)
    {
        var start = numberEnd;
        // 「13427个项目」: a classifier's character that opens the head noun (项目) is the noun's, not a classifier.
        while (start < figureEnd && (Classifiers.Contains(text[start]) || text[start] == ' ') && !OpensNoun(text, start))
        {
            start++;
        }

        if (figureEnd > start)
        {
            var nounEnd = profile.Spaced ? BeforeStopWord(text, start, figureEnd, profile.NounStops) : figureEnd;
            return (text[start..nounEnd].Trim(), figureEnd);
        }

        start = figureEnd;
        while (start < to && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        var limit = profile.MaxNoun;
        while (end < to && end - start < limit && IsNounChar(text[end], profile.Spaced))
        {
            end++;
        }

        // Without word boundaries, a run that hit the limit is cut after its last noun-final character
        // (「中文爱好者线上学习」 → 「中文爱好者」); a run that ended at punctuation is the noun as it stands (「员工」).
        if (!profile.Spaced && end - start == limit)
        {
            var last = text.AsSpan(start, end - start).LastIndexOfAny(words.NounFinals);
            end = last >= 0 ? start + last + 1 : end;
        }

        // With them, the noun ends before the first word that opens the next phrase ("engineers from …").
        end = profile.Spaced ? BeforeStopWord(text, start, end, profile.NounStops) : end;

        return (text[start..end].Trim(), end);
    }

    private bool OpensNoun(string text, int at)
    {
        foreach (var noun in words.ClassifierNouns)
        {
            if (at + noun.Length <= text.Length && string.CompareOrdinal(text, at, noun, 0, noun.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int BeforeStopWord(string text, int start, int end, IReadOnlyList<string> stops)
    {
        for (var at = start; at < end; at++)
        {
            if (at > start && text[at - 1] == ' ')
            {
                foreach (var stop in stops)
                {
                    if (at + stop.Length <= end && string.CompareOrdinal(text, at, stop, 0, stop.Length) == 0 && (at + stop.Length == end || text[at + stop.Length] == ' '))
                    {
                        return at - 1;
                    }
                }
            }
        }

        return end;
    }

    private static bool IsCount(Unit unit) => unit.CountsNouns();

    // The counted noun runs until punctuation, a digit, or a function word that starts the next phrase.
    private static bool IsNounChar(char c, bool spaced) =>
        spaced ? char.IsLetter(c) || c is ' ' or '-' : (char.IsLetter(c) || c is '“' or '”' or '"') && !NounStops.Contains(c);

    // In an unspaced script (Chinese) spaces are PDF debris and go; a spaced one (English) keeps one between words.
    private static string Without(string text, int start, int end, IReadOnlyList<(int Start, int End)> cut, bool spaced)
    {
        // Kept on the stack for a clause's few dozen characters: asked several times per figure, one string made each time.
        start = Math.Max(0, start);
        var size = Math.Max(0, end - start);
        var kept = size <= 256 ? stackalloc char[size] : new char[size];
        var length = 0;
        for (var i = start; i < end; i++)
        {
            if (InCut(cut, i))
            {
                continue;
            }

            if (!Blank.Is(text[i]))
            {
                kept[length++] = text[i];
            }
            else if (spaced && length > 0 && kept[length - 1] != ' ')
            {
                kept[length++] = ' ';
            }
        }

        return kept[..length].Trim().ToString();
    }

    // Asked for every character of a context: a loop, not a closure and an enumerator per character.
    private static bool InCut(IReadOnlyList<(int Start, int End)> cut, int at)
    {
        for (var k = 0; k < cut.Count; k++)
        {
            if (at >= cut[k].Start && at < cut[k].End)
            {
                return true;
            }
        }

        return false;
    }

    // On a view of the string: one string at the end, and none when nothing was trimmed.
    private string Clean(string original, int max, bool keepEnd, bool spaced)
    {
        var s = original.AsSpan();
        bool changed;
        do
        {
            changed = false;
            // A word compared ordinally must share the string's first (last) character: a test that rules out most words.
            foreach (var (w, comparison) in MayBound(s, 0, _leadingFirsts) ? _leading : [])
            {
                if ((comparison != StringComparison.Ordinal || (s.Length > 0 && s[0] == w[0])) && s.StartsWith(w, comparison) && WordEdge(s, w.Length))
                {
                    s = s[w.Length..].TrimStart();
                    changed = true;
                }
            }

            foreach (var (w, comparison) in MayBound(s, s.Length - 1, _trailingLasts) ? _trailing : [])
            {
                if ((comparison != StringComparison.Ordinal || (s.Length > 0 && s[^1] == w[^1])) && s.EndsWith(w, comparison) && WordEdge(s, s.Length - w.Length))
                {
                    s = s[..^w.Length].TrimEnd();
                    changed = true;
                }
            }
        }
        while (changed && s.Length > 0);

        if (s.Length > max)
        {
            s = keepEnd ? LastWords(s, max, spaced) : FirstWords(s, max, spaced);
        }

        return s.Length == original.Length ? original : s.ToString();
    }

    // The last max characters cut at a word's edge, not inside a word (「我国企业在“一带一路”共建国家新签…」 cut to 24 began
    // 「业在…」): after a space in a spaced script, after a function character (NounStops) otherwise, when one stands in
    // the window's first half; else the window as it falls.
    private static ReadOnlySpan<char> LastWords(ReadOnlySpan<char> s, int max, bool spaced)
    {
        var window = s[^max..];
        if (IsEdge(s[^(max + 1)], spaced))
        {
            return window;
        }

        var edge = spaced ? window[..(max / 2)].IndexOf(' ') : window[..(max / 2)].IndexOfAny(NounStops);
        return edge >= 0 ? window[(edge + 1)..].TrimStart() : window;
    }

    // The first max characters cut at a word's edge: before a space, or before a function character, in the window's second half.
    private static ReadOnlySpan<char> FirstWords(ReadOnlySpan<char> s, int max, bool spaced)
    {
        var window = s[..max];
        if (IsEdge(s[max], spaced))
        {
            return window;
        }

        var half = max / 2;
        var edge = spaced ? window[half..].LastIndexOf(' ') : window[half..].LastIndexOfAny(NounStops);
        return edge >= 0 ? window[..(half + edge)].TrimEnd() : window;
    }

    private static bool IsEdge(char c, bool spaced) => spaced ? c == ' ' : NounStops.Contains(c);

    private static bool MayBound(ReadOnlySpan<char> s, int at, CharStarts chars) =>
        s.Length == 0 || !HanText.Is(s[at]) || chars.Contains(s[at]);

    // English words are trimmed whole ("to" is not the end of "into"); Chinese has no word edges to check.
    private static bool WordEdge(ReadOnlySpan<char> s, int boundary) =>
        boundary <= 0 || boundary >= s.Length || !(char.IsAsciiLetter(s[boundary - 1]) && char.IsAsciiLetter(s[boundary]));

    private static string Join(string a, string b) => a.Length > 0 && b.Length > 0 && IsLatin(a) && IsLatin(b) ? a + " " + b : a + b;

    private static bool IsLatin(string s) => s.AsSpan().ContainsAnyInRange('A', 'Z') || s.AsSpan().ContainsAnyInRange('a', 'z');

    // Han characters and Latin letters: how much of a label is words.
    private static int Letters(string s)
    {
        var count = 0;
        foreach (var c in s)
        {
            if (HanText.Is(c) || char.IsAsciiLetter(c))
            {
                count++;
            }
        }

        return count;
    }
}
