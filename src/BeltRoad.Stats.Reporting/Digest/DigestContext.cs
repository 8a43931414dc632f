using BeltRoad.Stats.Reporting.Charts;
using BeltRoad.Stats.Pdf.Layout;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>What every digest section composes with: the document being built, the styles and the model.</summary>
internal sealed class DigestContext(LayoutDocument document, Typography typography, ReportModel model, DigestCuts cuts)
{
    /// <summary>How much of each list this composition shows.</summary>
    public DigestCuts Cuts { get; } = cuts;

    public LayoutDocument Document { get; } = document;

    public Typography Type { get; } = typography;

    public ReportModel Model { get; } = model;

    /// <summary>Documents a chart's note names; beyond this many, 「等」.</summary>
    private const int MaxNoteRefs = 12;

    /// <summary>
    /// How far a chart shrinks to stay on the page it begins on rather than leave the rest empty: at 0.75 the tick labels
    /// are 7.5 pt, still read in print; lower, a page of smaller charts reads worse than a page with white space.
    /// </summary>
    private const double LeastChartScale = 0.75;

    /// <summary>
    /// Adds a chart as one vector drawing (ScottPlot's, <see cref="ChartDrawing"/>), scaled to the text width and kept on
    /// one page (a little smaller where that keeps it on the page it begins on). Its source note becomes a line of [n] links under it (the standalone SVG and PNG keep it as text). A screen
    /// reader hears the chart's alternate text and can then read its data as a table (<see cref="ChartAlt"/>).
    /// </summary>
    public void Chart(PlannedChart chart)
    {
        var drawing = ChartImages.Drawing(chart.Spec);
        var width = Document.Settings.ContentArea.Width;
        var full = Math.Min(1.0, width / drawing.Width);
        var noteLines = 2 * Type.Note.Text.Size * Type.Note.LineHeight;
        Document.Figure(
            drawing.Height * full,
            (canvas, box) =>
            {
                var scale = Math.Min(full, box.Height / drawing.Height);
                drawing.Draw(canvas, Type.Font, box.X + ((box.Width - (drawing.Width * scale)) / 2), box.Y, scale);
            },
            alt: ChartAlt.Of(chart.Spec),
            shrink: new FigureShrink(LeastChartScale, noteLines));
        var (header, rows) = ChartAlt.Table(chart.Spec);
        Document.DataTable(header, rows);
        var documents = chart.Facts.Select(f => f.Document).Distinct().OrderBy(d => d.Number).ToList();
        Document.Paragraph(
            p =>
            {
                p.Text("来源：文件");
                foreach (var d in documents.Take(MaxNoteRefs))
                {
                    p.Link(d.Ref, d.Anchor);
                }

                p.Text(documents.Count > MaxNoteRefs ? "等（见“来源文件”一节）" : "（见“来源文件”一节）");
            },
            Type.Note with { Align = Pdf.PdfTextAlign.Center, SpaceAfter = 12 });
    }

    /// <summary>A section title with its bookmark: 「二、贸易」.</summary>
    /// <remarks>Each section starts a page, so no heading is left at the foot of a page above a chart that moved on.</remarks>
    public void Section(int number, string title, string anchor, bool startsPage = true) =>
        (startsPage ? Document.PageBreak() : Document).Heading(1, Formatting.ChineseNumerals.Of(number) + "、" + title, anchor);
}
