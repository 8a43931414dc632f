namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>The role of a single character inside a numeral (one byte per UTF-16 code unit, built once).</summary>
internal enum NumeralClass : byte
{
    None,
    Arabic,
    Digit,
    Zero,
    SmallScale,
    BigScale,
    Point,
    Sign,
    Infix,
    Join,
}
