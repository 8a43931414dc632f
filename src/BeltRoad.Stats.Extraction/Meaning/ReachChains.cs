using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// A chain of counts a service's reach verb leads to (data: reach.chains in Resources/label-words.json):
/// 「班列已辐射国内18个省（区、市）75个城市的163个站点」, 「辐射境外18个国家的45个城市」. Each count whose noun is one of
/// Nouns, standing after one of Verbs with nothing between but a scope (国内, 境外, 欧亚大陆: at most MaxScope characters),
/// the chain's earlier counts and their nouns and joining marks, is that verb's row of its noun at home (辐射省份数,
/// 辐射城市数, 辐射站点数); a chain reaching abroad (a scope holding one of Abroad, or a count of countries in it) is the
/// reach row with its scope (AbroadLabel: 通达国家数, 通达境外城市数), as 「可直达…」 is; a verb with no home row (通达, 连接) names only such a
/// chain abroad, and a reach row the catalogue names for the count (通达欧洲国家数) is kept. A verb of ChainOnly (覆盖) names
/// a row only in a chain of two counts or more abroad (「覆盖18个国家131个站点城市」「已覆盖119个国家和地区的393个港口」 →
/// 通达国家数, 通达城市数, 通达港口数): a lone count it leads to (「境外企业…覆盖62个国家」) keeps the words' row.
/// </summary>
internal sealed record ReachChains(IReadOnlyDictionary<string, string> Verbs, WordList VerbWords, IReadOnlyDictionary<string, string> Nouns, WordList NounWords,
    WordList Abroad, WordList Countries, string AbroadLabel, int MaxScope)
{
    /// <summary>Verbs that name a row only in a chain of counts abroad (覆盖: a lone count it leads to is the words' row).</summary>
    public IReadOnlySet<string> ChainOnly { get; init; } = new HashSet<string>();

    private const string Joints = "的、和及与以";
    private const string ClauseEnds = "，,；;。：:！？";

    public static ReachChains Read(JsonElement e, string abroadLabel)
    {
        static Dictionary<string, string> Map(JsonElement x) => x.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        var (verbs, nouns) = (Map(e.GetProperty("verbs")), Map(e.GetProperty("nouns")));
        return new(verbs, new WordList(verbs.Keys), nouns, new WordList(nouns.Keys),
            new WordList(e.GetProperty("abroad").EnumerateArray().Select(w => w.GetString()!)),
            new WordList(e.GetProperty("countries").EnumerateArray().Select(w => w.GetString()!)), abroadLabel, e.GetProperty("max_scope").GetInt32())
        {
            ChainOnly = e.GetProperty("chain_only").EnumerateArray().Select(w => w.GetString()!).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>The chain's row of a count a reach verb leads to, or null; a reach row the catalogue names (通达欧洲国家数) stays.</summary>
    public string? For(FigureContext figure, string? catalogued)
    {
        if (catalogued is not null && catalogued.StartsWith(AbroadLabel, StringComparison.Ordinal))
        {
            return null;
        }

        var (text, mention, sentence) = (figure.Text, figure.Mention, figure.In.Sentence);
        if (NounOf(text, mention.Start, mention.End, sentence.End) is not { } own)
        {
            return null;
        }

        var (noun, nounEnd) = own;

        // The verb: the last one before the figure in its sentence, no clause mark between (the list's own string: no copy per hit).
        var verbEnd = -1;
        string? verb = null;
        foreach (var (start, end) in VerbWords.Find(text, sentence.Start, mention.Start))
        {
            (verb, verbEnd) = (VerbWords.At(text, start, end), end);
        }

        if (verb is null || text.AsSpan(verbEnd, mention.Start - verbEnd).IndexOfAny(ClauseEnds) >= 0)
        {
            return null;
        }

        // Between the verb and the figure: the scope, the chain's earlier counts with their nouns, and joining marks.
        var (scope, abroad, at, chained) = (0, Countries.Any(text, mention.Start, nounEnd), verbEnd, false);
        var (scopeStart, scopeEnd) = (-1, -1);
        var figures = figure.In.Figures;
        while (at < mention.Start)
        {
            var earlier = EarlierAt(figures, at, mention.Start);
            if (earlier >= 0)
            {
                if (NounOf(text, at, figures[earlier].End, mention.Start) is not { } counted)
                {
                    return null;
                }

                abroad |= Countries.Any(text, at, counted.End);
                (at, chained) = (counted.End, true);
            }
            else if (Joints.Contains(text[at]) || char.IsWhiteSpace(text[at]))
            {
                at++;
            }
            else
            {
                if (++scope > MaxScope || char.IsAsciiDigit(text[at]))
                {
                    return null;
                }

                abroad |= Abroad.At(text, at, mention.Start) is not null;
                scopeStart = scopeStart < 0 ? at : scopeStart;
                scopeEnd = at + 1;
                at++;
            }
        }

        // A verb with no row of its own at home (通达, 连接) reaches abroad only; abroad, the scope stays in the row as the
        // reach words' rows keep it (通达境外国家数).
        if (abroad && (chained || !ChainOnly.Contains(verb) || ChainGoesOn(text, figures, nounEnd, sentence.End)))
        {
            return AbroadLabel + (scopeStart < 0 ? "" : text[scopeStart..scopeEnd].Replace("的", "", StringComparison.Ordinal)) + Nouns[noun];
        }

        return Verbs[verb].Length > 0 ? Verbs[verb] + Nouns[noun] : null;
    }

    // Whether another count of a chain noun follows the count's noun, nothing but joining marks between (「18个国家131个站点城市」).
    private bool ChainGoesOn(string text, IReadOnlyList<Mention> figures, int at, int limit)
    {
        while (at < limit && (Joints.Contains(text[at]) || char.IsWhiteSpace(text[at])))
        {
            at++;
        }

        return EarlierAt(figures, at, limit) is var next && next >= 0 && NounOf(text, at, figures[next].End, limit) is not null;
    }

    // The index of the sentence's figure that starts at `at` and ends by `limit`, or -1 (an index loop: no enumerator boxed).
    private static int EarlierAt(IReadOnlyList<Mention> figures, int at, int limit)
    {
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].Start == at && figures[k].End <= limit)
            {
                return k;
            }
        }

        return -1;
    }

    // The chain noun a count names and where it ends: the one its mention ends with (「18个国家」, 「18个省」), else the one
    // right after it (「75个城市」), with a bracket right after it (「省（区、市）」); null where it names none.
    private (string Noun, int End)? NounOf(string text, int start, int end, int limit)
    {
        var noun = NounWords.EndOf(text.AsSpan(start, end - start));
        if (noun is null && (noun = NounWords.At(text, end, limit)) is not null)
        {
            end += noun.Length;
        }

        if (noun is null)
        {
            return null;
        }

        if (end < limit && text[end] is '（' or '(' && text.AsSpan(end, limit - end).IndexOfAny(")）") is var close and > 0)
        {
            end += close + 1;
        }

        return (noun, end);
    }
}
