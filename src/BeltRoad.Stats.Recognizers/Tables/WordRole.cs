namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>What a table word does next to a numeral. Parsed from the compact codes in the JSON tables.</summary>
internal enum WordRole
{
    Qualifier,
    Currency,
    Percent,
    PercentagePoints,
    Tenths,
    Discount,
    Multiplier,
    Measure,
    Context,
    Ordinal,
    Time,
    Vague,
    Sign,
    LabelPrefix,
    Year,
    Month,
    Day,
    Months,
    Anniversary,
    Since,
    Ago,
    MonthEnd,
    Name,
    Skip,
    Url,
    Period,
    Decade,
    Filler,
    RelativeYear,

    /// <summary>上个月, "last month": a month named relative to the reference date's (relmonth:-1).</summary>
    RelativeMonth,

    /// <summary>"tenfold", "fivefold": a multiple written as one word (fold:10), a count of the unit other as "ten-fold" is.</summary>
    Multiple,
}
