using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>What the steps that give a bare number a reading (<see cref="IndexValues"/>, <see cref="ElidedCounts"/>) leave alone.</summary>
internal static class BareNumbers
{
    /// <summary>A four-digit whole number from 1900 to 2100: a year, never an index value or an elided count.</summary>
    public static bool YearLike(Mention m) => m.NumberLength == 4 && m.Value is { } value && value is >= 1900 and <= 2100 && decimal.Truncate(value) == value;
}
