namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>Builds a paragraph from runs in different styles; the runs flow and wrap as one text.</summary>
public sealed class ParagraphBuilder
{
    private readonly PdfStyleSheet _styles;

    internal ParagraphBuilder(PdfStyleSheet styles, ParagraphStyle style)
    {
        _styles = styles;
        Style = style;
    }

    internal ParagraphStyle Style { get; private set; }

    internal List<InlineSpan> Spans { get; } = [];

    /// <summary>Text in the paragraph's style, or in <paramref name="style"/>.</summary>
    public ParagraphBuilder Text(string text, PdfTextStyle? style = null)
    {
        Spans.Add(new InlineSpan(text, style ?? Style.Text));
        return this;
    }

    public ParagraphBuilder Bold(string text) => Text(text, Style.Text.AsBold());

    public ParagraphBuilder Colored(string text, PdfColor color) => Text(text, Style.Text.WithColor(color));

    /// <summary>Text linking to a heading's or anchor's name within the document.</summary>
    public ParagraphBuilder Link(string text, string destination)
    {
        Spans.Add(new InlineSpan(text, LinkStyle(), Destination: destination));
        return this;
    }

    public ParagraphBuilder UriLink(string text, string uri)
    {
        Spans.Add(new InlineSpan(text, LinkStyle(), Uri: uri));
        return this;
    }

    public ParagraphBuilder Align(PdfTextAlign align)
    {
        Style = Style with { Align = align };
        return this;
    }

    public ParagraphBuilder WithStyle(ParagraphStyle style)
    {
        Style = style;
        return this;
    }

    private PdfTextStyle LinkStyle() => Style.Text.WithColor(_styles.LinkColor).AsUnderlined();
}
