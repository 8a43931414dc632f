namespace BeltRoad.Stats.Charts;

/// <summary>How firmly a drawn value is stated: a bound is drawn as a marker with its sign, never joined by a line as if exact.</summary>
public enum PointBound
{
    /// <summary>An exact figure: a point on the series' line.</summary>
    Exact,

    /// <summary>约, 左右: a point on the line, its label marked ≈.</summary>
    Approx,

    /// <summary>超过, 不少于, 多: the value is a floor (▲ with &gt; or ≥).</summary>
    Lower,

    /// <summary>近, 最高, 以内: the value is a ceiling (▼ with &lt; or ≤).</summary>
    Upper,

    /// <summary>A stated range: a bar from the low to the high value.</summary>
    Range,
}
