using System.Globalization;
using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Reporting.Formatting;

namespace BeltRoad.Stats.Reporting.Charts;

/// <summary>
/// What a chart says, in the words an analyst would read it aloud, written from its data: a series from its first point to
/// its last and how far it moved (「中欧班列年开行列数。2016年1702列增至2023年1.7万列（3个时点），为2016年的10倍。」), a comparison from
/// the largest to the smallest, a breakdown as its total and each part's share. The figure's /Alt in the digest and the
/// SVG's &lt;desc&gt;; <see cref="Table"/> gives the same data cell by cell.
/// </summary>
internal static class ChartAlt
{
    /// <summary>A comparison names every bar up to this many; beyond, the first three and the last.</summary>
    private const int ListAll = 6;

    public static string Of(ChartSpec spec)
    {
        var sentences = spec.Series.Where(s => s.Values.Any(v => v is not null)).Select(s =>
        {
            var name = spec.Series.Count > 1 && s.Name.Length > 0 ? s.Name + "：" : string.Empty;
            var points = Points(spec, s);
            return name + (spec.Kind == ChartKind.Line ? Trend(points) : spec.ReferenceCategory is { } total ? Parts(spec, points, total) : Ranking(points));
        }).ToList();
        return spec.Title + "。" + (sentences.Count == 0 ? "图中没有数值。" : string.Join("", sentences));
    }

    /// <summary>The chart's data as a table: a column for the category (time or item), one per series.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Table(ChartSpec spec)
    {
        var header = new List<string> { spec.Kind == ChartKind.Line ? "时间" : "项目" };
        header.AddRange(spec.Series.Select(s => s.Name.Length > 0 && spec.Series.Count > 1 ? s.Name : "数值"));
        var rows = spec.Categories.Select((category, i) =>
        {
            var (label, word) = QualifierSigns.Spoken(category);
            return (IReadOnlyList<string>)[label, .. spec.Series.Select(s => i < s.Values.Count && s.Values[i] is not null ? word + Said(spec, s, i) : "—")];
        }).ToList();
        return (header, rows);
    }

    /// <summary>Each value with its category and how it is said; a label's qualifier sign (「中国 ≈」) becomes a word before the value (「约」).</summary>
    private static List<(string Label, decimal Value, string Said)> Points(ChartSpec spec, ChartSeries s) =>
        [.. spec.Categories.Select((label, i) => (Spoken: QualifierSigns.Spoken(label), i)).Where(p => p.i < s.Values.Count && s.Values[p.i] is not null)
            .Select(p => (p.Spoken.Label, s.Values[p.i]!.Value, p.Spoken.Word + Said(spec, s, p.i)))];

    /// <summary>The value as its sources state it (the point's label, 「超过7.4万列」) or, without one, the number with its unit.</summary>
    private static string Said(ChartSpec spec, ChartSeries s, int i) =>
        s.MarkAt(i)?.Label is { Length: > 0 } label ? label : ReadableNumber.Format(s.Values[i]!.Value, spec.Format);

    private static string Trend(List<(string Label, decimal Value, string Said)> points)
    {
        var (first, last) = (points[0], points[^1]);
        if (points.Count == 1)
        {
            return first.Label + first.Said + "（仅一个时点）。";
        }

        var span = string.Create(CultureInfo.InvariantCulture, $"（{points.Count}个时点）");
        if (last.Value == first.Value)
        {
            return first.Label + "与" + last.Label + "均为" + last.Said + span + "。";
        }

        var verb = last.Value > first.Value ? "增至" : "降至";
        var text = first.Label + first.Said + verb + last.Label + last.Said + span + Change(first, last);
        var peak = points.MaxBy(p => p.Value);
        if (peak.Value > first.Value && peak.Value > last.Value)
        {
            text += "；最高为" + peak.Label + peak.Said;
        }

        return text + "。";
    }

    private static string Change((string Label, decimal Value, string Said) first, (string Label, decimal Value, string Said) last)
    {
        if (first.Value <= 0)
        {
            return string.Empty;
        }

        var ratio = last.Value / first.Value;
        return ratio >= 2
            ? string.Create(CultureInfo.InvariantCulture, $"，为{first.Label}的{Math.Round(ratio, ratio >= 10 ? 0 : 1):0.#}倍")
            : string.Create(CultureInfo.InvariantCulture, $"，{(ratio > 1 ? "增长" : "下降")}{Math.Round(Math.Abs(ratio - 1) * 100, 1):0.#}%");
    }

    private static string Ranking(List<(string Label, decimal Value, string Said)> points)
    {
        var ranked = points.OrderByDescending(p => p.Value).ToList();
        var count = string.Create(CultureInfo.InvariantCulture, $"{ranked.Count}项，从大到小：");
        if (ranked.Count <= ListAll)
        {
            return count + string.Join("、", ranked.Select(p => p.Label + " " + p.Said)) + "。";
        }

        return count + string.Join("、", ranked.Take(3).Select(p => p.Label + " " + p.Said))
            + "……最低为" + ranked[^1].Label + " " + ranked[^1].Said + "。";
    }

    private static string Parts(ChartSpec spec, List<(string Label, decimal Value, string Said)> points, int total)
    {
        var totalLabel = QualifierSigns.Spoken(spec.Categories[total]).Label;
        var whole = points.FirstOrDefault(p => p.Label == totalLabel);
        var parts = points.Where(p => p.Label != totalLabel).ToList();
        if (whole.Label is null || whole.Value <= 0)
        {
            return Ranking(parts);
        }

        return whole.Label + whole.Said + "，其中" + string.Join("、", parts.Select(p =>
            p.Label + " " + p.Said + string.Create(CultureInfo.InvariantCulture, $"（{Math.Round(p.Value / whole.Value * 100, 1):0.#}%）"))) + "。";
    }
}
