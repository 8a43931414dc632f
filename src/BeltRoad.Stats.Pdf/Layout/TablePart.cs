using BeltRoad.Stats.Pdf.Tagging;

namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>
/// Places a table row by row; a row that does not fit starts a new page, which repeats the header first. Tagged as Table,
/// TR, TH (column scope) and TD — or, for a <paramref name="contents"/> page, TOC and TOCI — with rules, stripes and the
/// repeated header as artifacts.
/// </summary>
internal sealed class TablePart(TableBuilder table, bool contents = false) : Part
{
    private const double PadX = 5;
    private const double PadY = 3.5;
    private const double LineHeight = 1.4;

    public override void Layout(LayoutContext context)
    {
        var styles = context.Styles;
        var area = context.Area;
        var relative = table.ResolveWidths();
        var total = relative.Sum();
        var widths = relative.Select(w => w / total * area.Width).ToArray();
        var header = table.HeaderCells is null ? null : Measure([.. table.HeaderCells.Select(text => new[] { (text, (string?)null) })], styles.TableHeader, widths, styles.LinkColor);
        var rows = table.Rows.Select((r, i) => Measure(table.CellRuns.GetValueOrDefault(i) ?? [.. r.Select(text => new[] { (text, (string?)null) })], styles.TableCell, widths, styles.LinkColor)).ToList();
        var keep = Math.Min(table.MinRowsPerPage, rows.Count);

        context.Space(6);
        context.EnsureSpace((header?.Height ?? 0) + rows.Take(Math.Max(1, keep)).Sum(r => r.Height));
        if (table.AnchorName is { } anchor)
        {
            var y = context.Y;
            context.Anchor(anchor);
            context.Draw(page => page.AddDestination(anchor, y));
        }

        var element = context.Structure.Add(contents ? "TOC" : "Table");
        PlaceHeader(context, header, widths, element);
        var onPage = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if ((row.Height > context.Remaining + 0.01 && !context.AtPageTop) || MovesTail(context, rows, r, keep, onPage))
            {
                context.NewPage();
                PlaceHeader(context, header, widths, null);
                onPage = 0;
            }

            onPage++;
            if (table.RowAnchors.TryGetValue(r, out var rowAnchor))
            {
                var rowTop = context.Y;
                context.Anchor(rowAnchor);
                context.Draw(page => page.AddDestination(rowAnchor, rowTop));
            }

            var top = context.Y;
            var striped = table.IsStriped && r % 2 == 1;
            var last = r == rows.Count - 1;
            context.Page.Trace.Add("row:" + r.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var tr = element.Add(contents ? "TOCI" : "TR");
            var cells = widths.Select(_ => tr.Add(contents ? "P" : "TD")).ToArray();
            context.Draw(page =>
            {
                var band = new PdfRect(area.X, top, area.Width, row.Height);
                if (striped)
                {
                    page.Canvas.Artifact(canvas => canvas.FillRectangle(band, styles.TableStripeFill));
                }

                DrawCells(page, row, widths, area.X, top, cells);
                page.Canvas.Artifact(canvas => canvas.DrawLine(area.X, band.Bottom, area.Right, band.Bottom, styles.RuleColor, last ? 0.8 : 0.3));
            });
            context.Y += row.Height;
        }

        context.Space(10);
    }

    /// <summary>
    /// At the row where <paramref name="keep"/> remain: if they will not all fit here, they start the next page together
    /// (when this page already holds as many), so the table's last page is never a lone row or two.
    /// </summary>
    private static bool MovesTail(LayoutContext context, List<MeasuredRow> rows, int r, int keep, int onPage) =>
        keep > 1 && r == rows.Count - keep && onPage >= keep && rows.Skip(r).Sum(x => x.Height) > context.Remaining + 0.01;

    /// <summary>The header row: tagged TH cells under <paramref name="table"/> the first time, an artifact when repeated.</summary>
    private void PlaceHeader(LayoutContext context, MeasuredRow? header, double[] widths, StructureElement? table)
    {
        if (header is null)
        {
            return;
        }

        var area = context.Area;
        var styles = context.Styles;
        var top = context.Y;
        context.Page.Trace.Add("header");
        var tr = table?.Add("TR");
        var cells = tr is null ? null : widths.Select(_ => tr.Add("TH", scope: TableScope.Column)).ToArray();
        context.Draw(page =>
        {
            var band = new PdfRect(area.X, top, area.Width, header.Height);
            page.Canvas.Artifact(canvas => canvas.FillRectangle(band, styles.TableHeaderFill).DrawLine(area.X, top, area.Right, top, styles.RuleColor, 0.8));
            if (cells is null)
            {
                page.Canvas.BeginArtifact();
            }

            DrawCells(page, header, widths, area.X, top, cells);
            if (cells is null)
            {
                page.Canvas.EndMarked();
            }

            page.Canvas.Artifact(canvas => canvas.DrawLine(area.X, band.Bottom, area.Right, band.Bottom, styles.RuleColor, 0.6));
        });
        context.Y += header.Height;
    }

    /// <summary>Each cell's lines as content of its element (none: inside an artifact the caller opened).</summary>
    private void DrawCells(PdfPage page, MeasuredRow row, double[] widths, double left, double top, StructureElement[]? cells)
    {
        var x = left;
        for (var c = 0; c < widths.Length; c++)
        {
            var align = table.Alignments is { } a && c < a.Length ? a[c] : PdfTextAlign.Left;
            var y = top + PadY;
            foreach (var line in row.Lines[c])
            {
                row.Blocks[c].DrawLine(page, line, x + PadX, y, widths[c] - (2 * PadX), align == PdfTextAlign.Justify ? PdfTextAlign.Left : align, 0, cells?[c]);
                y += line.Height;
            }

            x += widths[c];
        }
    }

    private static MeasuredRow Measure((string Text, string? Link)[][] cells, PdfTextStyle style, double[] widths, PdfColor linkColor)
    {
        var blocks = cells.Select(runs => new TextBlock([.. (runs.Length == 0 ? [(string.Empty, null)] : runs).Select(r => r.Link is { } link
            ? new InlineSpan(r.Text ?? string.Empty, style.WithColor(linkColor), Destination: link)
            : new InlineSpan(r.Text ?? string.Empty, style))])).ToArray();
        var lines = blocks.Select((b, c) => b.Break(widths[c] - (2 * PadX), 0, LineHeight)).ToArray();
        var height = lines.Max(l => l.Sum(line => line.Height)) + (2 * PadY);
        return new MeasuredRow(blocks, lines, height);
    }

    private sealed record MeasuredRow(TextBlock[] Blocks, List<BlockLine>[] Lines, double Height);
}
