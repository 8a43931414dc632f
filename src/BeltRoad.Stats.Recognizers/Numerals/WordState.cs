namespace BeltRoad.Stats.Recognizers.Numerals;

/// <summary>The running value of a spelled-out number: total above the last big scale, hundreds, and the rest.</summary>
internal struct WordState
{
    public decimal Total;
    public decimal Hundreds;
    public decimal SinceHundred;
    public long LastBig;
    public int Count;
    public bool Article;

    /// <summary>The number began with digits that have a decimal part ("3.74 million"): no digits may follow a scale.</summary>
    public bool DecimalDigits;
    public int GoodEnd;
    public decimal? GoodValue;
    public bool GoodScaled;
    public bool IsOrdinal;
    public bool OrdinalOnly;
    public bool Done;
    public decimal WholeAtAnd;
    public bool AfterAnd;
    public decimal LastTokenValue;
    public bool LastTokenWasTens;
    public bool HyphenBeforeLast;
    public bool TokenBeforeLastWasAnd;

    public decimal FractionScale;
    public decimal DenominatorTens;
    public bool AndAfterScale;
    public bool AndJoinsGroups;
    public int EndAtAnd;
    public decimal? ValueAtAnd;
    public bool FractionAfterAnd;

    // A fraction was read after an "and" (kept when a scale word after it clears FractionAfterAnd: "five and a half million").
    public bool FractionEverAfterAnd;

    // "one million and a half": a fraction after "<scale> and" counts in units of that scale.
    public readonly decimal Value => Total + Hundreds + (SinceHundred * (FractionScale == 0 ? 1 : FractionScale));

    public void AddDigits(decimal value)
    {
        SinceHundred += value;
        Count++;
    }

    public void Commit(int end)
    {
        GoodEnd = end;
        GoodValue = Value;
    }
}
