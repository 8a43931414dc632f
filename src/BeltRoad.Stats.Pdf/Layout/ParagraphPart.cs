namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>Flowing text that breaks into lines and across pages; as a heading it also names a destination and a bookmark.</summary>
internal sealed class ParagraphPart(IReadOnlyList<InlineSpan> spans, ParagraphStyle style, string? anchor = null, int outlineLevel = 0) : Part
{
    public override void Layout(LayoutContext context)
    {
        var block = new TextBlock(spans);
        var area = context.Area;
        var lines = block.Break(area.Width, style.FirstLineIndent, style.LineHeight);
        context.Space(style.SpaceBefore);
        if (style.KeepWithNext > 0)
        {
            // A heading keeps with it the next part's first lines, or the whole of a figure, which would leave it alone at the foot.
            context.EnsureSpace(lines.Sum(l => l.Height) + Math.Max(style.KeepWithNext, context.NextUnbreakable + context.Styles.Caption.SpaceBefore));
        }
        else
        {
            // No orphan: a paragraph does not begin with a single line at the foot of a page.
            context.EnsureSpace(lines.Take(2).Sum(l => l.Height));
        }

        var element = context.Structure.Add(outlineLevel > 0 ? "H" + outlineLevel.ToString(System.Globalization.CultureInfo.InvariantCulture) : "P");
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            context.EnsureSpace(line.Height);
            var top = context.Y;
            if (i == 0)
            {
                if (anchor is not null)
                {
                    context.Anchor(anchor);
                    context.Draw(page => page.AddDestination(anchor, top));
                    if (outlineLevel > 0)
                    {
                        context.Outline.Add(new OutlineEntry(outlineLevel, block.Text, anchor));
                    }
                }

                context.Page.Trace.Add((outlineLevel > 0 ? "h" : "p") + ":" + block.Text[..Math.Min(12, block.Text.Length)]);
            }

            context.Draw(page => block.DrawLine(page, line, area.X, top, area.Width, style.Align, style.FirstLineIndent, element));
            context.Y += line.Height;
        }

        context.Space(style.SpaceAfter);
    }
}
