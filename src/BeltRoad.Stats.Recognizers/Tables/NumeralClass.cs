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

    /// <summary>A plus sign written before a number ("+26%", "(+158%)"): part of the numeral, the value unchanged.</summary>
    Plus,
    Infix,
    Join,
}
