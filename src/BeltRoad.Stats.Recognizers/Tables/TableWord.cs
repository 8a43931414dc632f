namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>One table entry's meaning, e.g. 个 = Measure/Items with head-noun lookahead, 超过 = Qualifier/MoreThan.</summary>
internal sealed record TableWord(
    WordRole Role,
    MentionUnit Unit = MentionUnit.None,
    MentionQualifier Qualifier = MentionQualifier.Exact,
    decimal Factor = 1m,
    TimeRole TimeRole = TimeRole.Point,
    bool LooksAhead = false,
    int ToMonth = 0,
    YuanForm Yuan = YuanForm.None,
    bool Latest = false,
    int EndedMonths = 0,
    bool SamePeriod = false,
    bool InContext = false,
    bool Previous = false,
    bool AtEnd = false)
{
    /// <summary>"in May": a period word that names one month (a point in time), not a run of months.</summary>
    public bool IsOneMonth => Role == WordRole.Period && TimeRole == TimeRole.Point && ToMonth == (int)Factor;

    /// <summary>Parses codes such as "q:more_than", "cur:USD", "pct:0.1", "fold:10" ("tenfold"), "unit:items:lookahead", "unit:other:x1000000000" (bcm: a unit that carries its scale), "time:as_of", "time:as_of:end" ("by the end of", "at the close of": a year after it means its last day), "same_period" ("the same period of": a point a comparison holds against), "ended:12" ("the year ended": the months up to the day after it),
    /// "period:1:6" (months 1 to 6 of a year: 上半年), "monthend_of:10" (the end of October: a point),
    /// "relyearend:-1" ("the end of last year": the last day of a year named relative to the reference date),
    /// "relmonthend:-1" ("the end of last month": the last day of a month named relative to the reference date's),
    /// "ctxyear:1" ("the following year", 次年: a year named relative to the year last stated, not to the reference date),
    /// "ctxyearend:0" ("at year-end", "at the end of the year": the last day of the year last stated, else of the reference date's),
    /// "month_of:5" ("in May": one month, in the latest year that has begun it by the reference date unless a year follows),
    /// "prevmonth_of:5" ("last May": one month, in the latest year that has ended it before the reference date's month),
    /// "period_of:7:9" ("in the third quarter": months 7 to 9 in the latest year that has begun them by the reference date unless a year follows), "decade:10" (a length in years), "filler" (有 in 约有五十名).</summary>
    public static TableWord Parse(string code)
    {
        var parts = code.Split(':');
        var arg = parts.Length > 1 ? parts[1] : string.Empty;
        return parts[0] switch
        {
            "q" => new TableWord(WordRole.Qualifier, Qualifier: ParseQualifier(arg)),
            "cur" => new TableWord(WordRole.Currency, Unit: arg == "other" ? MentionUnit.OtherCurrency : ParseUnit(arg), Yuan: ParseYuan(parts)),
            "pct" => new TableWord(WordRole.Percent, MentionUnit.Percent, Factor: ParseFactor(arg)),
            "pp" => new TableWord(WordRole.PercentagePoints, MentionUnit.PercentagePoints),
            "fold" => new TableWord(WordRole.Multiple, MentionUnit.Other, Factor: ParseFactor(arg)),
            "tenths" => new TableWord(WordRole.Tenths, MentionUnit.Percent),
            "discount" => new TableWord(WordRole.Discount, MentionUnit.Percent),
            "mul" => new TableWord(WordRole.Multiplier, Factor: ParseFactor(arg)),
            "unit" => new TableWord(WordRole.Measure, ParseUnit(arg), LooksAhead: parts.Length > 2 && parts[2] == "lookahead",
                Factor: parts.Length > 2 && parts[2].StartsWith('x') ? ParseFactor(parts[2][1..]) : 1m),
            "ctx" => new TableWord(WordRole.Context, ParseUnit(arg)),
            "ord" => new TableWord(WordRole.Ordinal),
            "time" => new TableWord(WordRole.Time, TimeRole: ParseRole(arg), AtEnd: parts.Length > 2 && parts[2] == "end"),
            "same_period" => new TableWord(WordRole.Time, TimeRole: TimeRole.Point, SamePeriod: true),
            "ended" => new TableWord(WordRole.Time, TimeRole: TimeRole.Span, EndedMonths: (int)ParseFactor(arg)),
            "vague" => new TableWord(WordRole.Vague),
            "sign" => new TableWord(WordRole.Sign),
            "labelprefix" => new TableWord(WordRole.LabelPrefix),
            "year" => new TableWord(WordRole.Year),
            "month" => new TableWord(WordRole.Month),
            "day" => new TableWord(WordRole.Day),
            "months" => new TableWord(WordRole.Months),
            "anniv" => new TableWord(WordRole.Anniversary),
            "monthend" => new TableWord(WordRole.MonthEnd),
            "since" => new TableWord(WordRole.Since),
            "ago" => new TableWord(WordRole.Ago),
            "name" => new TableWord(WordRole.Name),
            "skip" => new TableWord(WordRole.Skip),
            "url" => new TableWord(WordRole.Url),
            "period" => new TableWord(WordRole.Period, Factor: ParseFactor(arg), ToMonth: (int)ParseFactor(parts[2])),
            "monthend_of" => new TableWord(WordRole.Period, Factor: ParseFactor(arg), TimeRole: TimeRole.AsOf, ToMonth: (int)ParseFactor(arg)),
            "period_of" => new TableWord(WordRole.Period, Factor: ParseFactor(arg), ToMonth: (int)ParseFactor(parts[2]), Latest: true),
            "month_of" => new TableWord(WordRole.Period, Factor: ParseFactor(arg), ToMonth: (int)ParseFactor(arg)),
            "prevmonth_of" => new TableWord(WordRole.Period, Factor: ParseFactor(arg), ToMonth: (int)ParseFactor(arg), Previous: true),
            "decade" => new TableWord(WordRole.Decade, Factor: ParseFactor(arg)),
            "filler" => new TableWord(WordRole.Filler),
            "relyear" => new TableWord(WordRole.RelativeYear, Factor: ParseFactor(arg)),
            "relmonth" => new TableWord(WordRole.RelativeMonth, Factor: ParseFactor(arg)),
            "relmonthend" => new TableWord(WordRole.RelativeMonth, Factor: ParseFactor(arg), TimeRole: TimeRole.AsOf),
            "relyearend" => new TableWord(WordRole.RelativeYear, Factor: ParseFactor(arg), TimeRole: TimeRole.AsOf),
            "ctxyear" => new TableWord(WordRole.RelativeYear, Factor: ParseFactor(arg), InContext: true),
            "ctxyearend" => new TableWord(WordRole.RelativeYear, Factor: ParseFactor(arg), TimeRole: TimeRole.AsOf, InContext: true),
            _ => throw new FormatException($"Unknown table code '{code}'."),
        };
    }

    private static decimal ParseFactor(string arg) =>
        arg.Length == 0 ? 1m : decimal.Parse(arg, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    private static MentionUnit ParseUnit(string code) =>
        MentionCodes.TryParseUnit(code, out var unit) ? unit : throw new FormatException($"Unknown unit '{code}'.");

    // "cur:other:yuan" (澳门元: a currency whose amounts a text may go on writing with bare 元), "cur:CNY:bare" (元 itself).
    private static YuanForm ParseYuan(string[] parts) => parts.Length < 3 ? YuanForm.None : parts[2] switch
    {
        "yuan" => YuanForm.Named,
        "bare" => YuanForm.Bare,
        _ => throw new FormatException($"Unknown currency form '{parts[2]}' in '{string.Join(':', parts)}'."),
    };

    private static MentionQualifier ParseQualifier(string code) =>
        MentionCodes.TryParseQualifier(code, out var q) ? q : throw new FormatException($"Unknown qualifier '{code}'.");

    private static TimeRole ParseRole(string code) =>
        MentionCodes.TryParseRole(code, out var r) ? r : throw new FormatException($"Unknown time role '{code}'.");
}
