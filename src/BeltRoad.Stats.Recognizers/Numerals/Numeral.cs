namespace BeltRoad.Stats.Recognizers.Numerals;

/// <summary>Facts about a parsed numeral that the mention builder needs.</summary>
[Flags]
internal enum NumeralFlags
{
    None = 0,
    Arabic = 1,
    Chinese = 2,
    Approx = 4,
    Vague = 8,
    DigitString = 16,
    Fraction = 32,
    Overflow = 64,
    LoneScale = 128,
    Words = 256,
    Negative = 512,
    Scaled = 1024,
    Ordinal = 2048,

    /// <summary>Written with a grouping separator (1,500): a count, never a year.</summary>
    Grouped = 4096,

    /// <summary>A year written by its last two digits after the year before it and a joiner ("24" in "2023-24").</summary>
    ShortYear = 8192,
}

/// <summary>A numeral's span and value. <see cref="Value"/> is null when it overflows decimal or is vague.</summary>
internal readonly record struct Numeral(int Start, int End, decimal? Value, NumeralFlags Flags, int IntegerDigits)
{
    public int Length => End - Start;

    public bool Has(NumeralFlags flag) => (Flags & flag) != 0;

    /// <summary>A plain integer written with 4 Arabic digits or a Chinese digit string: a candidate year.</summary>
    public bool IsYearLike => Value is { } v && v == decimal.Truncate(v) && v is >= 1000 and <= 2199
        && !Has(NumeralFlags.Approx) && !Has(NumeralFlags.Scaled) && !Has(NumeralFlags.Negative) && !Has(NumeralFlags.Grouped)
        && ((Has(NumeralFlags.Arabic) && IntegerDigits == 4) || Has(NumeralFlags.DigitString));

    /// <summary>Two Arabic digits that are the last two of the year after <paramref name="year"/>'s ("21" after "2020").</summary>
    public bool IsShortYearAfter(Numeral year) =>
        Has(NumeralFlags.Arabic) && IntegerDigits == 2 && year.Value is { } first && Value == (first + 1) % 100;

    public bool IsSmallInteger(int max) => Value is { } v && v == decimal.Truncate(v) && v >= 0 && v <= max;
}
