namespace BeltRoad.Stats.Recognizers.Numerals;

/// <summary>
/// Decimal arithmetic that saturates and flags overflow instead of throwing: 1 MB of 万 must cost time, not an
/// exception. An overflowing numeral keeps its span and gets no value.
/// </summary>
internal static class SafeMath
{
    private const decimal Limit = 1e27m;

    public static decimal Add(decimal a, decimal b, ref NumeralFlags flags)
    {
        if (Math.Abs(a) > Limit || Math.Abs(b) > Limit)
        {
            flags |= NumeralFlags.Overflow;
            return 0;
        }

        return a + b;
    }

    public static decimal Multiply(decimal a, decimal b, ref NumeralFlags flags)
    {
        if (a == 0 || b == 0)
        {
            return 0;
        }

        if (Math.Abs(a) > Limit / Math.Abs(b))
        {
            flags |= NumeralFlags.Overflow;
            return 0;
        }

        return a * b;
    }

    public static decimal? Divide(decimal a, decimal b)
    {
        if (b == 0 || (Math.Abs(b) < 1 && Math.Abs(a) > Limit * Math.Abs(b)))
        {
            return null;
        }

        return a / b;
    }
}
