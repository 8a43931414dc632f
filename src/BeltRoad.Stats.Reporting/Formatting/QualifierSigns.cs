using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Formatting;

/// <summary>A qualifier as a chart label shows it beside a point: ≈ for 约/近, &gt; for 超过 … Every value has a sign or none.</summary>
internal static class QualifierSigns
{
    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact or Qualifier.Range => "",
        Qualifier.Approx or Qualifier.Nearly => "≈",
        Qualifier.MoreThan => ">",
        Qualifier.AtLeast => "≥",
        Qualifier.UpTo => "≤",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "No sign for this qualifier."),
    };

    /// <summary>The legend a chart with signs carries.</summary>
    public const string Legend = "> 超过，≥ 不少于，≈ 约或近，≤ 最高";
}
