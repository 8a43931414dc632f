using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Candidates;

/// <summary>The words read before a numeral (超过, 人民币, 百分之, 时速, 第, 截至, 数 …), each with where it starts.</summary>
internal struct PrefixSet
{
    public int Count;
    public int QualifierStart;
    public MentionQualifier Qualifier;
    public int CurrencyStart;
    public MentionUnit Currency;
    public string? CurrencyWord;
    public YuanForm CurrencyYuan;
    public int PercentStart;
    public decimal PercentFactor;
    public int ContextStart;
    public MentionUnit ContextUnit;
    public int OrdinalStart;
    public int TimeStart;
    public TimeRole Time;
    public int VagueStart;
    public int LabelStart;
    public int SignStart;
    public bool TimeIsEnd;
    public int MonthStart;
    public int Month;

    /// <summary>The months a period word before the date counts up to it ("the year ended", "the six months ended"), else 0.</summary>
    public int EndedMonths;

    /// <summary>A same-period word ("the same period of", "the same month of") stands among the time words.</summary>
    public bool SamePeriod;

    /// <summary>Where the first prefix word read starts, -1 when there is none.</summary>
    public int FirstStart;

    public static PrefixSet Empty => new()
    {
        QualifierStart = -1,
        CurrencyStart = -1,
        PercentStart = -1,
        ContextStart = -1,
        OrdinalStart = -1,
        TimeStart = -1,
        VagueStart = -1,
        LabelStart = -1,
        SignStart = -1,
        MonthStart = -1,
        FirstStart = -1,
    };

    public readonly bool HasLoneScaleLicense =>
        (QualifierStart >= 0 && Qualifier is MentionQualifier.Nearly or MentionQualifier.MoreThan or MentionQualifier.AtLeast
            or MentionQualifier.Approx) || VagueStart >= 0;

    public void Add(TableWord word, int start, string text, int end)
    {
        Count++;
        switch (word.Role)
        {
            case WordRole.Qualifier:
                QualifierStart = start;
                Qualifier = word.Qualifier;
                break;
            case WordRole.Currency:
                CurrencyStart = start;
                Currency = word.Unit;
                CurrencyWord = text[start..end];
                CurrencyYuan = word.Yuan;
                break;
            case WordRole.Percent:
                PercentStart = start;
                PercentFactor = word.Factor;
                break;
            case WordRole.Context:
                ContextStart = start;
                ContextUnit = word.Unit;
                break;
            case WordRole.Ordinal:
                OrdinalStart = start;
                break;
            case WordRole.Time:
                TimeStart = TimeStart >= 0 ? TimeStart : start;
                Time = word.TimeRole;
                // Only "the year ended", "the six months ended" count months up to a day; "from" and "between" share the span role, not the count.
                if (word.EndedMonths > 0)
                {
                    EndedMonths = word.EndedMonths;
                }

                SamePeriod |= word.SamePeriod;
                TimeIsEnd |= EndedMonths == 0 && word.AtEnd;
                break;
            case WordRole.Vague:
                VagueStart = start;
                break;
            case WordRole.LabelPrefix:
                LabelStart = start;
                break;
            case WordRole.Sign:
                SignStart = start;
                break;
            case WordRole.Filler:
                // 有, 共有: no prefix of the mention, but the first word read (沿线国家共有12个 names its noun before it).
                Count--;
                break;
            default:
                Count--;
                return;
        }

        FirstStart = FirstStart >= 0 ? Math.Min(FirstStart, start) : start;
    }

    /// <summary>The earliest start among the prefixes that the final mention kept.</summary>
    public static int Earliest(int start, params int[] candidates)
    {
        foreach (var c in candidates)
        {
            if (c >= 0 && c < start)
            {
                start = c;
            }
        }

        return start;
    }
}
