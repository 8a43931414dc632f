using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Formatting;

/// <summary>
/// A qualifier as a chart label shows it beside a point: ≈ for 约/近, &gt; for 超过 … Every value has a sign or none. One
/// table gives the sign, the legend's words and what a screen reader says instead of the sign.
/// </summary>
internal static class QualifierSigns
{
    private static readonly (string Sign, string Legend, string Spoken)[] Signs =
    [
        (">", "超过", "超过"),
        ("≥", "不少于", "不少于"),
        ("≈", "约或近", "约"),
        ("≤", "最高", "最高"),
    ];

    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact or Qualifier.Range => "",
        Qualifier.Approx or Qualifier.Nearly => "≈",
        Qualifier.MoreThan => ">",
        Qualifier.AtLeast => "≥",
        Qualifier.UpTo => "≤",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "No sign for this qualifier."),
    };

    /// <summary>The legend a chart with signs carries: 「&gt; 超过，≥ 不少于，≈ 约或近，≤ 最高」.</summary>
    public static readonly string Legend = string.Join("，", Signs.Select(s => s.Sign + " " + s.Legend));

    /// <summary>A chart label said aloud: 「中国 ≈」 → (「中国」, 「约」); a label without a sign keeps no word.</summary>
    public static (string Label, string Word) Spoken(string label)
    {
        foreach (var (sign, _, spoken) in Signs)
        {
            if (label.EndsWith(" " + sign, StringComparison.Ordinal))
            {
                return (label[..^(sign.Length + 1)], spoken);
            }
        }

        return (label, string.Empty);
    }
}
