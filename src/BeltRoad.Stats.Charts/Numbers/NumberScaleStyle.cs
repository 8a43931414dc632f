namespace BeltRoad.Stats.Charts;

/// <summary>How large numbers are made readable: the scale words of a language, or a percentage.</summary>
public enum NumberScaleStyle
{
    /// <summary>万 / 亿 / 万亿, no space: 19.1万亿.</summary>
    Chinese,

    /// <summary>million / billion / trillion with a space, thousands grouped below a million: 19.1 trillion, 74,000.</summary>
    English,

    /// <summary>The value is in percent points: 45.4 → 45.4%.</summary>
    Percent,
}
