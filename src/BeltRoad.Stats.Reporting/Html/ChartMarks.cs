using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>One drawn value of a chart (a bar or a point) and the facts it stands for.</summary>
internal sealed record ChartMark(int Series, int Category, decimal Value, IReadOnlyList<FactView> Facts);

/// <summary>
/// Which facts each mark of a planned chart draws. A mark shows a fact's value, so the k-th mark with value v
/// (series by series, category by category) is the k-th of the chart's facts with that value, the order the planner
/// lists them in; a mark with no such fact left gets every fact of the chart with its value; a series chart's marks are
/// its points, each with the facts stating it. Program charts
/// (<see cref="ChartPurpose.Program"/>: counts of facts) draw no fact's value: their marks carry none.
/// </summary>
internal static class ChartMarks
{
    public static IReadOnlyList<ChartMark> Of(PlannedChart chart, bool drawsFacts)
    {
        if (chart.Series is { } drawn)
        {
            // A series chart draws one mark per point, in order: each stands for the point's facts (its documents' statements).
            return [.. drawn.Points.Select((p, i) => new ChartMark(0, i, p.Fact.Value, p.Facts))];
        }

        var byValue = drawsFacts
            ? chart.Facts.GroupBy(f => f.Fact.Value).ToDictionary(g => g.Key, g => g.ToList())
            : [];
        var used = new Dictionary<decimal, int>();
        var marks = new List<ChartMark>();
        var series = chart.Spec.Series;
        for (var s = 0; s < series.Count; s++)
        {
            for (var c = 0; c < series[s].Values.Count; c++)
            {
                if (series[s].Values[c] is not { } value)
                {
                    continue;
                }

                marks.Add(new ChartMark(s, c, value, Facts(byValue, used, value)));
            }
        }

        return marks;
    }

    private static IReadOnlyList<FactView> Facts(Dictionary<decimal, List<FactView>> byValue, Dictionary<decimal, int> used, decimal value)
    {
        if (!byValue.TryGetValue(value, out var facts))
        {
            return [];
        }

        var k = used.GetValueOrDefault(value);
        used[value] = k + 1;
        return k < facts.Count ? [facts[k]] : facts;
    }
}
