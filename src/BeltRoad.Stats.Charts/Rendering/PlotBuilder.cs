using ScottPlot;

namespace BeltRoad.Stats.Charts;

/// <summary>A <see cref="ChartSpec"/> as a ScottPlot plot: frame, title and source, then the kind's own painter. Every label names the chart font.</summary>
internal static class PlotBuilder
{
    public static Plot Build(ChartSpec spec, ChartFont font, bool withSource)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(font);
        var plot = new Plot();
        plot.Font.Set(font.Family);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = ChartStyle.Grid;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Left.FrameLineStyle.Color = ChartStyle.Axis;
        plot.Axes.Bottom.FrameLineStyle.Color = ChartStyle.Axis;
        Label(plot.Axes.Title.Label, font, spec.Title, ChartStyle.TitleSize, ChartStyle.Title);
        FitTitle(plot.Axes.Title, font, spec.Size.Width);
        Label(plot.Axes.Bottom.Label, font, withSource ? spec.SourceNote ?? "" : "", ChartStyle.SourceSize, ChartStyle.Muted);
        Label(plot.Axes.Left.Label, font, "", ChartStyle.TickSize, ChartStyle.Muted);
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.TickLabelStyle.FontName = font.Family;
            axis.TickLabelStyle.FontSize = ChartStyle.TickSize;
            axis.TickLabelStyle.ForeColor = ChartStyle.Muted;
        }

        switch (spec.Kind)
        {
            case ChartKind.Line:
                SeriesPainter.Paint(plot, spec, font);
                break;
            case ChartKind.Bar:
            case ChartKind.HorizontalBar:
                BarPainter.Paint(plot, spec, font);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "No painter for this chart kind.");
        }

        return plot;
    }

    public static void Label(LabelStyle label, ChartFont font, string text, float size, Color color)
    {
        label.Text = text;
        label.FontName = font.Family;
        label.FontSize = size;
        label.ForeColor = color;
        label.Bold = false;
    }

    // A small chart's title ("中国 · 在共建国家对外承包工程新签合同额（年度合计）") is wider than its chart: drawn as it is,
    // it runs off the edge into the chart beside it. Smaller type first, down to the smallest that stays readable, then
    // two lines broken where the name ends and the period's shape begins (the last " · " or the bracket), else midway.
    private const float SmallestTitle = 10;
    private const double TitleMargin = 0.94;
    private const double CentredOverData = 0.7;

    private static void FitTitle(ScottPlot.Panels.TitlePanel title, ChartFont font, double chartWidth)
    {
        var label = title.Label;
        var size = label.FontSize;
        var width = font.Width(label.Text, size);
        if (width > chartWidth * CentredOverData)
        {
            // Centred over the data area, right of the value axis, a long title would still cross the right edge.
            title.FullFigureCenter = true;
        }

        var room = chartWidth * TitleMargin;
        if (width <= room || label.Text.Length < 2)
        {
            return;
        }

        label.FontSize = (float)Math.Max(SmallestTitle, Math.Floor(label.FontSize * room / width));
        if (width * label.FontSize / size > room)
        {
            label.Text = TwoLines(label.Text);
        }
    }

    private static string TwoLines(string title)
    {
        var middle = title.Length / 2;
        var at = new[] { title.LastIndexOf('（'), title.LastIndexOf(" · ", StringComparison.Ordinal) }
            .Where(i => i > 0 && Math.Abs(i - middle) <= title.Length / 3)
            .DefaultIfEmpty(middle)
            .MinBy(i => Math.Abs(i - middle));
        if (at == middle)
        {
            // An English title breaks at the space nearest the middle; a Chinese one anywhere.
            var space = title.LastIndexOf(' ', middle);
            at = space > title.Length / 4 ? space : middle;
        }

        return title[..at].TrimEnd() + "\n" + title[at..].TrimStart();
    }

    public static (double[] Positions, string[] Labels, double Top) ValueTicks(IEnumerable<decimal> values, NumberScaleStyle style)
    {
        var (positions, labels) = ValueScale.Ticks(values, style);
        return ([.. positions.Select(v => (double)v)], [.. labels], (double)positions[^1]);
    }
}
