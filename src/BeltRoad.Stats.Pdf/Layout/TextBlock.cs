using System.Text;
using BeltRoad.Stats.Pdf.Tagging;
using BeltRoad.Stats.Pdf.Text;

namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>
/// Styled runs joined into one text so that breaking sees the whole paragraph; draws lines back as runs. Drawn for a
/// structure element, each run is its content, a linked run that of a Link element (one per run, across lines) that
/// also owns the link's annotations.
/// </summary>
internal sealed class TextBlock
{
    /// <summary>Beyond this extra space per gap (in ems) a justified line is left ragged instead.</summary>
    private const double MaxJustifyGap = 0.6;

    private readonly string _text;
    private readonly int[] _spanOf;
    private readonly double[] _advances;
    private readonly IReadOnlyList<InlineSpan> _spans;
    private readonly Dictionary<(StructureElement, int), StructureElement> _links = [];

    public TextBlock(IReadOnlyList<InlineSpan> spans)
    {
        _spans = spans;
        var text = new StringBuilder();
        foreach (var span in spans)
        {
            text.Append(span.Text);
        }

        _text = text.ToString();
        _spanOf = new int[_text.Length];
        _advances = new double[_text.Length];
        var at = 0;
        for (var s = 0; s < spans.Count; s++)
        {
            var advances = TextMeasurer.Advances(spans[s].Text, spans[s].Style);
            advances.CopyTo(_advances, at);
            Array.Fill(_spanOf, s, at, advances.Length);
            at += advances.Length;
        }
    }

    public string Text => _text;

    public List<BlockLine> Break(double width, double firstLineIndent, double lineHeight)
    {
        var lines = new List<BlockLine>();
        foreach (var range in LineBreaker.Break(_text, _advances, width, firstLineIndent))
        {
            var tallest = TallestStyle(range);
            var height = tallest.Size * lineHeight;
            var glyphs = tallest.Font.Ascent(tallest.Size) + tallest.Font.Descent(tallest.Size);
            var baseline = ((height - glyphs) / 2) + tallest.Font.Ascent(tallest.Size);
            var natural = 0.0;
            for (var i = range.Start; i < range.End; i++)
            {
                natural += _advances[i];
            }

            lines.Add(new BlockLine(range, height, baseline, natural, lines.Count == 0));
        }

        return lines;
    }

    /// <summary>Draws one line as content of <paramref name="element"/> (untagged when null).</summary>
    public void DrawLine(PdfPage page, BlockLine line, double left, double top, double width, PdfTextAlign align, double firstLineIndent, StructureElement? element) =>
        DrawLine(page.Canvas, line, left, top, width, align, firstLineIndent, page, element);

    /// <summary>Draws one line; links need the page, plain drawing only the canvas.</summary>
    public void DrawLine(PdfCanvas canvas, BlockLine line, double left, double top, double width, PdfTextAlign align, double firstLineIndent, PdfPage? page, StructureElement? element = null)
    {
        var indent = line.IsFirst ? firstLineIndent : 0;
        var free = width - indent - line.Width;
        var x = left + indent;
        double[]? gaps = null;
        switch (align)
        {
            case PdfTextAlign.Center:
                x += free / 2;
                break;
            case PdfTextAlign.Right:
                x += free;
                break;
            case PdfTextAlign.Justify when !line.Range.EndsParagraph && free > 0:
                gaps = JustificationGaps(line.Range, free);
                break;
        }

        var baseline = top + line.Baseline;
        var start = line.Range.Start;
        while (start < line.Range.End)
        {
            var span = _spanOf[start];
            var end = start;
            var runWidth = 0.0;
            while (end < line.Range.End && _spanOf[end] == span)
            {
                runWidth += _advances[end] + (gaps?[end - line.Range.Start] ?? 0);
                end++;
            }

            var style = _spans[span].Style;
            var runText = _text[start..end];
            var owner = element is null ? null : OwnerOf(element, span);
            if (owner is not null)
            {
                canvas.BeginTag(owner);
            }

            if (gaps is null)
            {
                canvas.DrawText(runText, x, baseline, style);
            }
            else
            {
                canvas.DrawTextWithGaps(runText, x, baseline, style, gaps.AsSpan(start - line.Range.Start, end - start));
            }

            if (owner is not null)
            {
                canvas.EndMarked();
            }

            if (page is not null)
            {
                AddLink(page, _spans[span], new PdfRect(x, top, runWidth, line.Height), owner == element ? null : owner);
            }

            x += runWidth;
            start = end;
        }
    }

    /// <summary>
    /// Spreads the free space over the line's gaps: after spaces and beside CJK characters, never
    /// inside a Latin word. Returns null (ragged) when the line has no such gap or would look torn.
    /// </summary>
    private double[]? JustificationGaps(TextLine range, double free)
    {
        var gaps = new double[range.Length];
        var count = 0;
        for (var i = range.Start; i < range.End - 1; i++)
        {
            char a = _text[i], b = _text[i + 1];
            if (!char.IsHighSurrogate(a) && (a == ' ' || LineBreakRules.IsCjk(a) || LineBreakRules.IsCjk(b)))
            {
                gaps[i - range.Start] = 1;
                count++;
            }
        }

        var each = count == 0 ? 0 : free / count;
        if (count == 0 || each > MaxJustifyGap * TallestStyle(range).Size)
        {
            return null;
        }

        for (var i = 0; i < gaps.Length; i++)
        {
            gaps[i] *= each;
        }

        return gaps;
    }

    /// <summary>What owns a run: the element itself, or for a linked run its Link element under it.</summary>
    private StructureElement OwnerOf(StructureElement element, int span)
    {
        if (_spans[span].Destination is null && _spans[span].Uri is null)
        {
            return element;
        }

        if (!_links.TryGetValue((element, span), out var link))
        {
            link = element.Add("Link");
            _links.Add((element, span), link);
        }

        return link;
    }

    private static void AddLink(PdfPage page, InlineSpan span, PdfRect area, StructureElement? link)
    {
        var contents = link is null ? null : span.Text.Trim();
        if (span.Destination is not null)
        {
            page.AddLink(area, span.Destination, link, contents);
        }
        else if (span.Uri is not null)
        {
            page.AddUriLink(area, span.Uri, link, contents);
        }
    }

    private PdfTextStyle TallestStyle(TextLine range)
    {
        var tallest = _spans[_spanOf.Length == 0 ? 0 : _spanOf[Math.Min(range.Start, _spanOf.Length - 1)]].Style;
        for (var i = range.Start; i < range.End; i++)
        {
            var style = _spans[_spanOf[i]].Style;
            if (style.Size > tallest.Size)
            {
                tallest = style;
            }
        }

        return tallest;
    }
}
