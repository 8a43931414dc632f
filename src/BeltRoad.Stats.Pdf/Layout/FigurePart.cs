using BeltRoad.Stats.Pdf.Tagging;

namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>
/// A keep-together block: a drawing of fixed height and its caption, always on one page. Tagged as a Figure with its
/// alternate text, as decoration (an artifact) without one, or — a <paramref name="block"/> — as a Div whose drawing tags
/// its own parts; the caption follows as a Caption. A figure given a <see cref="FigureShrink"/> takes less height rather than
/// leave the rest of a page empty: when it does not fit where it begins but does at its least height (with the room it
/// keeps below for what belongs to it), it gets what is left and its callback draws into that smaller box.
/// </summary>
internal sealed class FigurePart(double height, Action<PdfPage, PdfRect, StructureElement?> draw, string? caption, string? anchor, string? alt, bool block = false, FigureShrink? shrink = null) : Part
{
    private const double Gap = 4;

    public override double Unbreakable => shrink is { } s ? (height * s.LeastScale) + s.KeepBelow : height;

    public override void Layout(LayoutContext context)
    {
        var style = context.Styles.Caption;
        var area = context.Area;
        var captionBlock = caption is null ? null : new TextBlock([new InlineSpan(caption, style.Text)]);
        var captionLines = captionBlock?.Break(area.Width, 0, style.LineHeight) ?? [];
        var captionHeight = captionLines.Count > 0 ? Gap + captionLines.Sum(l => l.Height) : 0;
        context.Space(style.SpaceBefore);
        // What follows the drawing on its page: the caption, the caption's spacing, then the room kept for the note.
        var drawn = Fitted(context, captionHeight + style.SpaceAfter);
        context.EnsureSpace(drawn + captionHeight);
        var box = new PdfRect(area.X, context.Y, area.Width, drawn);
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

    /// <summary>The drawing's height here: whole, or what is left of the page when it is no less than the least height.</summary>
    private double Fitted(LayoutContext context, double below)
    {
        if (shrink is not { } s || context.AtPageTop || height + below + s.KeepBelow <= context.Remaining + 0.01)
        {
            return height;
        }

        var left = context.Remaining - below - s.KeepBelow;
        return left >= height * s.LeastScale ? Math.Max(Math.Floor(left), height * s.LeastScale) : height;
    }
}

/// <summary>How far a figure may shrink to stay on the page it begins on, and the room it keeps below it there (its note).</summary>
public sealed record FigureShrink(double LeastScale, double KeepBelow)
{
    public double LeastScale { get; } = LeastScale is > 0 and <= 1 ? LeastScale : throw new ArgumentOutOfRangeException(nameof(LeastScale), LeastScale, "a figure's least scale is in (0, 1]");
}
