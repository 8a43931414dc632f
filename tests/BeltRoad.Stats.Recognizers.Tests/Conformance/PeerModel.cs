using System.Globalization;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Tests.Conformance;

/// <summary>
/// Maps our mentions onto the peer's model outputs so the cases can be compared:
/// NumberModel = the numeral of every number, quantity, percent and (Chinese, 第零十刃) ordinal — the peer returns
/// bare numbers even inside amounts — and each numeral inside a date; English ordinals are not numbers there; PercentModel = percent and percentage-point mentions;
/// CurrencyModel = amounts whose unit is a currency, with the peer's currency names for the currency word written, from that
/// word on (the peer leaves a qualifier out of an amount's span: "about $ 14 million" is "$ 14 million" there).
/// </summary>
internal static class PeerModel
{
    private static readonly Dictionary<string, string> CurrencyNames = new()
    {
        ["美元"] = "United States dollar", ["美圆"] = "United States dollar", ["美金"] = "United States dollar",
        ["元"] = "Chinese yuan", ["元人民币"] = "Chinese yuan", ["人民币"] = "Chinese yuan", ["块"] = "Chinese yuan",
        ["￥"] = "Chinese yuan", ["¥"] = "Chinese yuan", ["欧元"] = "Euro", ["港元"] = "Hong Kong dollar", ["日元"] = "Japanese yen",
        ["瑞士法郎"] = "Swiss franc", ["台币"] = "New Taiwan dollar", ["奈拉"] = "Nigerian naira", ["个比特币"] = "Bitcoin",
        ["比特币"] = "Bitcoin", ["$"] = "Dollar", ["US$"] = "United States dollar",
        ["dollars"] = "Dollar", ["dollar"] = "Dollar", ["us dollar"] = "United States dollar", ["us dollars"] = "United States dollar",
        ["u.s$"] = "United States dollar", ["u.s.$"] = "United States dollar", ["usd$"] = "United States dollar", ["usd"] = "United States dollar",
        ["c$"] = "Canadian dollar", ["cad$"] = "Canadian dollar", ["canadian dollars"] = "Canadian dollar", ["hk$"] = "Hong Kong dollar",
        ["aud$"] = "Australian dollar", ["australian dollars"] = "Australian dollar", ["nzd$"] = "New Zealand dollar",
        ["mex$"] = "Mexican peso", ["mxn$"] = "Mexican peso", ["rmb"] = "Chinese yuan", ["yuan"] = "Chinese yuan", ["chinese yuan"] = "Chinese yuan",
        ["euro"] = "Euro", ["euros"] = "Euro", ["€"] = "Euro", ["£"] = "Pound", ["pounds"] = "Pound", ["pound"] = "Pound", ["gbp"] = "British pound",
        ["pence"] = "Pence", ["penny"] = "Penny", ["cents"] = "Cent", ["cent"] = "Cent", ["yen"] = "Japanese yen", ["francs"] = "Franc",
        ["swiss francs"] = "Swiss franc", ["pesetas"] = "Peseta", ["finnish markka"] = "Finnish markka", ["dutch guilders"] = "Netherlands guilder",
        ["turkish lira"] = "Turkish lira", ["rupees"] = "Rupee", ["bitcoins"] = "Bitcoin", ["btc"] = "Bitcoin", ["₿"] = "Bitcoin",
        ["satoshis"] = "Satoshi", ["₭"] = "Lao kip", ["₾"] = "Georgian lari", ["₡"] = "Costa Rican colón",
    };

    public static List<Projection> Project(string model, string input, IReadOnlyList<Mention> mentions, RecognizerCulture culture) => model switch
    {
        "NumberModel" => Numbers(input, mentions, culture),
        "PercentModel" => mentions.Where(m => m.Kind is MentionKind.Percent or MentionKind.PercentagePoints)
            .Select(m => new Projection(m.Start, m.End - 1, m.Value, null)).ToList(),
        "CurrencyModel" => mentions.Where(m => m.Kind == MentionKind.Quantity && m.Unit is MentionUnit.USD or MentionUnit.CNY or MentionUnit.EUR or MentionUnit.OtherCurrency)
            .Select(m => new Projection(AmountStart(input, m), m.End - 1, m.Value, UnitName(m))).ToList(),
        _ => [],
    };

    public static decimal? ParseValue(string? value) =>
        value is not null && decimal.TryParse(value.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static string? UnitName(Mention m) =>
        m.MeasureWord is { } w && (CurrencyNames.TryGetValue(w.Trim(), out var name) || CurrencyNames.TryGetValue(Folded(w), out name)) ? name
        : m.Unit switch { MentionUnit.USD => "United States dollar", MentionUnit.CNY => "Chinese yuan", MentionUnit.EUR => "Euro", _ => null };

    // "U.S $", "Swiss  francs": the currency word in lower case with single spaces and none before a symbol.
    private static string Folded(string word) =>
        string.Join(' ', word.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" $", "$", StringComparison.Ordinal);

    // A qualified amount's span starts at the currency word written before its number, else at the number.
    private static int AmountStart(string input, Mention m)
    {
        if (m.NumberStart <= m.Start || m.Qualifier == MentionQualifier.Exact)
        {
            return m.Start;
        }

        var before = input.AsSpan(m.Start, m.NumberStart - m.Start);
        var at = m.MeasureWord is { Length: > 0 } w ? before.LastIndexOf(w.AsSpan(), StringComparison.OrdinalIgnoreCase) : -1;
        return at >= 0 ? m.Start + at : m.NumberStart;
    }

    private static List<Projection> Numbers(string input, IReadOnlyList<Mention> mentions, RecognizerCulture culture)
    {
        var list = new List<Projection>();
        foreach (var m in mentions)
        {
            switch (m.Kind)
            {
                case MentionKind.Ordinal when culture == RecognizerCulture.En:
                    break;
                case MentionKind.Number or MentionKind.Quantity or MentionKind.Percent or MentionKind.PercentagePoints or MentionKind.Ordinal:
                    list.Add(new Projection(m.NumberStart, m.NumberStart + m.NumberLength - 1, m.NumberValue, null));
                    break;
                case MentionKind.DatePeriod:
                    list.AddRange(InnerNumerals(input, m, culture));
                    break;
            }
        }

        return list;
    }

    // The peer reads 1991年1月16日 as three numbers; we read one date. Its numerals are the comparable part.
    private static IEnumerable<Projection> InnerNumerals(string input, Mention m, RecognizerCulture culture)
    {
        var parser = new CjkNumeralParser(CultureTables.Load(culture));
        for (var i = m.Start; i < m.End;)
        {
            if (parser.StartsNumber(input, i) && parser.TryParse(input, i, false, out var n) && n.End <= m.End)
            {
                yield return new Projection(n.Start, n.End - 1, n.Value, null);
                i = n.End;
            }
            else
            {
                i++;
            }
        }
    }
}
