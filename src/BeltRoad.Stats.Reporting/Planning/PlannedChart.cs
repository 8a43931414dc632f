using System.Text;
using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Series;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>A chart the planner chose: its file name, its model, and the facts it draws (for captions and tests).</summary>
internal sealed record PlannedChart(string FileStem, ChartSpec Spec, IReadOnlyList<FactView> Facts)
{
    public ChartPurpose Purpose { get; init; } = ChartPurpose.Program;

    /// <summary>The series a time-series chart draws; null for the other purposes.</summary>
    public SeriesView? Series { get; init; }

    /// <summary>Lower-case ASCII letters, digits and '-', for file names and anchors from catalogue codes.</summary>
    public static string Slug(string code)
    {
        var slug = new StringBuilder();
        foreach (var c in code.ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return slug.Length == 0 ? "x" : slug.ToString();
    }
}
