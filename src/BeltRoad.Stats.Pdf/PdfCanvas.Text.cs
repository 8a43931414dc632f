namespace BeltRoad.Stats.Pdf;

public sealed partial class PdfCanvas
{
    /// <summary>Stroke width of simulated bold, as a fraction of the font size.</summary>
    private const double BoldStroke = 0.035;

    /// <summary>Draws one line of text with its baseline at <paramref name="baselineY"/>; returns its width.</summary>
    public double DrawText(string text, double x, double baselineY, PdfTextStyle style) =>
        DrawText(text, x, baselineY, style, PdfTextAlign.Left);

    /// <summary>Draws text anchored at x: its left edge, centre or right edge by <paramref name="align"/>.</summary>
    public double DrawText(string text, double x, double baselineY, PdfTextStyle style, PdfTextAlign align)
    {
        var width = style.Font.MeasureWidth(text, style.Size);
        var left = align switch
        {
            PdfTextAlign.Center => x - (width / 2),
            PdfTextAlign.Right => x - width,
            _ => x,
        };
        WriteText(text, left, baselineY, style, 0, []);
        return width;
    }

    /// <summary>Draws text turned counter-clockwise by <paramref name="degrees"/> about its start (e.g. 90 for a y-axis title).</summary>
    public double DrawRotatedText(string text, double x, double baselineY, PdfTextStyle style, double degrees)
    {
        WriteText(text, x, baselineY, style, degrees, []);
        return style.Font.MeasureWidth(text, style.Size);
    }

    /// <summary>
    /// Wraps text into the box's width by the Chinese/Latin line-breaking rules and draws it from the
    /// box's top; returns the height used (which may exceed the box: nothing is clipped).
    /// </summary>
    public double DrawWrappedText(string text, PdfRect box, PdfTextStyle style, PdfTextAlign align = PdfTextAlign.Left, double lineHeight = 1.3)
    {
        var block = new Layout.TextBlock([new Layout.InlineSpan(text, style)]);
        var y = box.Y;
        foreach (var line in block.Break(box.Width, 0, lineHeight))
        {
            block.DrawLine(this, line, box.X, y, box.Width, align, 0, page: null);
            y += line.Height;
        }

        return y - box.Y;
    }

    /// <summary>Text with extra space (points) after the character at each UTF-16 index: justified lines, as one TJ.</summary>
    internal void DrawTextWithGaps(string text, double x, double baselineY, PdfTextStyle style, ReadOnlySpan<double> gapAfter) =>
        WriteText(text, x, baselineY, style, 0, gapAfter);

    private void WriteText(string text, double x, double baselineY, PdfTextStyle style, double degrees, ReadOnlySpan<double> gapAfter)
    {
        var missing = style.Font.FindMissing(text);
        if (missing.Count > 0)
        {
            _document.ReportMissing([.. missing.Select(m => new MissingGlyph(m, text, style.Font.Name))]);
        }

        var usage = _document.UseFont(style.Font);
        var c = Content;
        SaveState().SetFillColor(style.Color);
        if (style.Bold)
        {
            // Render mode 2 fills and strokes the outlines: a faux bold that stays selectable text.
            SetStrokeColor(style.Color).SetLineWidth(style.Size * BoldStroke);
        }

        var actualText = Writing.ActualText.IsNeededFor(text);
        if (actualText)
        {
            c.Ascii("/Span <</ActualText ").Ascii(Writing.PdfSyntax.TextString(text)).Ascii(">> BDC\n");
        }

        c.Ascii("BT /").Ascii(usage.ResourceName).Space().Number(style.Size).Ascii(" Tf ");
        if (style.Bold)
        {
            c.Ascii("2 Tr ");
        }

        if (degrees == 0)
        {
            c.Ascii("1 0 0 1 ");
        }
        else
        {
            var radians = degrees * Math.PI / 180;
            double cos = Math.Cos(radians), sin = Math.Sin(radians);
            c.Number(cos).Space().Number(sin).Space().Number(-sin).Space().Number(cos).Space();
        }

        string open = gapAfter.IsEmpty ? "<" : "[<", close = gapAfter.IsEmpty ? "> Tj" : ">] TJ";
        c.Number(x).Space().Number(_height - baselineY).Ascii(" Tm ").Ascii(open);
        var english = EnglishRuns(text);
        var owner = _tag;
        var run = 0;
        var extra = 0.0;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (run < english.Count && index == english[run].Start)
            {
                c.Ascii(close).Space();
                SwitchTag(owner!.Add("Span", language: "en")).Content.Ascii(open);
            }

            var glyph = style.Font.GlyphOf(rune.Value);
            if (glyph > 0)
            {
                c.Hex16(usage.CidFor(glyph, rune.Value));
            }

            if (!gapAfter.IsEmpty && gapAfter[index] != 0)
            {
                // TJ numbers are thousandths of an em, subtracted from the position: negative moves right.
                c.Ascii("> ").Number(-gapAfter[index] * 1000 / style.Size).Ascii(" <");
                extra += gapAfter[index];
            }

            index += rune.Utf16SequenceLength;
            if (run < english.Count && index == english[run].End)
            {
                c.Ascii(close).Space();
                SwitchTag(owner!).Content.Ascii(open);
                run++;
            }
        }

        c.Ascii(close).Ascii(" ET\n");
        if (actualText)
        {
            c.Ascii("EMC\n");
        }

        if (style.Underline && degrees == 0)
        {
            var width = style.Font.MeasureWidth(text, style.Size) + extra;
            var y = baselineY + (style.Size * 0.12);
            SetStrokeColor(style.Color).SetLineWidth(style.Size * 0.06).MoveTo(x, y).LineTo(x + width, y).Stroke();
        }

        RestoreState();
    }

    /// <summary>
    /// English phrases to mark inside content tagged for a Chinese document (none elsewhere): each becomes a Span element
    /// with /Lang (en) and a marked-content sequence of its own, the text around it new sequences of the owner. Separate
    /// sequences rather than a nested one: poppler's reader ends an MCID at a nested sequence's end and loses the rest.
    /// </summary>
    private List<(int Start, int End)> EnglishRuns(string text) =>
        _tag is not null && _document.Info.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Text.LatinRuns.Of(text) : [];
}
