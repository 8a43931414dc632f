using BeltRoad.Stats.Pdf.Tagging;

namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>
/// A keep-together block: a drawing of fixed height and its caption, always on one page. Tagged as a Figure with its
/// alternate text, as decoration (an artifact) without one, or — a <paramref name="block"/> — as a Div whose drawing tags
/// its own parts; the caption follows as a Caption.
/// </summary>
internal sealed class FigurePart(double height, Action<PdfPage, PdfRect, StructureElement?> draw, string? caption, string? anchor, string? alt, bool block = false) : Part
{
    private const double Gap = 4;

    public override double Unbreakable => height;

    public override void Layout(LayoutContext context)
    {
        var style = context.Styles.Caption;
        var area = context.Area;
        var captionBlock = caption is null ? null : new TextBlock([new InlineSpan(caption, style.Text)]);
        var captionLines = captionBlock?.Break(area.Width, 0, style.LineHeight) ?? [];
        var total = height + (captionLines.Count > 0 ? Gap + captionLines.Sum(l => l.Height) : 0);
        context.Space(style.SpaceBefore);
        context.EnsureSpace(total);
        var box = new PdfRect(area.X, context.Y, area.Width, height);
        context.Page.Trace.Add("figure:" + (caption ?? string.Empty));
        if (anchor is not null)
        {
            context.Anchor(anchor);
        }

        var element = block ? context.Structure.Add("Div") : alt is null ? null : context.Structure.Add("Figure", alt: alt, box: box);
        context.Draw(page =>
        {
            if (anchor is not null)
            {
                page.AddDestination(anchor, box.Y);
            }

            // The callback may change any state; a save/restore pair keeps that inside the figure.
            var canvas = page.Canvas.SaveState();
            if (block)
            {
                draw(page, box, element);
            }
            else
            {
                _ = element is null ? canvas.BeginArtifact() : canvas.BeginTag(element);
                draw(page, box, null);
                canvas.EndMarked();
            }

            canvas.RestoreState();
        });
        var captionElement = captionBlock is null ? null : context.Structure.Add("Caption");
        var y = box.Bottom + Gap;
        foreach (var line in captionLines)
        {
            var top = y;
            context.Draw(page => captionBlock!.DrawLine(page, line, area.X, top, area.Width, style.Align, 0, captionElement));
            y += line.Height;
        }

        context.Y = captionLines.Count > 0 ? y : box.Bottom;
        context.Space(style.SpaceAfter);
    }
}
