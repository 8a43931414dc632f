namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>Every named style of a document in one place (QuestPDF's Typography habit).</summary>
public sealed record PdfStyleSheet
{
    public required ParagraphStyle Body { get; init; }

    public required ParagraphStyle Heading1 { get; init; }

    public required ParagraphStyle Heading2 { get; init; }

    public required ParagraphStyle Heading3 { get; init; }

    public required ParagraphStyle Caption { get; init; }

    public required PdfTextStyle TableHeader { get; init; }

    public required PdfTextStyle TableCell { get; init; }

    public required PdfTextStyle PageHeader { get; init; }

    public required PdfTextStyle PageFooter { get; init; }

    /// <summary>Applied over the surrounding style for link text.</summary>
    public required PdfColor LinkColor { get; init; }

    public PdfColor TableHeaderFill { get; init; } = PdfColor.FromHex("#E8EEF7");

    public PdfColor TableStripeFill { get; init; } = PdfColor.FromHex("#F7F7F7");

    public PdfColor RuleColor { get; init; } = PdfColor.FromHex("#9AA5B1");

    /// <summary>Sizes in points for an A4 digest in one CJK font.</summary>
    public static PdfStyleSheet Default(PdfFont font)
    {
        var body = PdfTextStyle.Of(font, 10.5).WithColor(PdfColor.FromHex("#222222"));
        var heading = body.WithColor(PdfColor.FromHex("#1F3A5F")).AsBold();
        return new PdfStyleSheet
        {
            Body = new ParagraphStyle(body) { LineHeight = 1.6, SpaceAfter = 6, FirstLineIndent = 21, Align = PdfTextAlign.Justify },
            Heading1 = new ParagraphStyle(heading.WithSize(18)) { LineHeight = 1.4, SpaceBefore = 14, SpaceAfter = 8, KeepWithNext = 60 },
            Heading2 = new ParagraphStyle(heading.WithSize(14)) { LineHeight = 1.4, SpaceBefore = 10, SpaceAfter = 6, KeepWithNext = 50 },
            Heading3 = new ParagraphStyle(heading.WithSize(12)) { LineHeight = 1.4, SpaceBefore = 8, SpaceAfter = 4, KeepWithNext = 40 },
            Caption = new ParagraphStyle(body.WithSize(9).WithColor(PdfColor.FromHex("#555555"))) { LineHeight = 1.4, SpaceBefore = 4, SpaceAfter = 10, Align = PdfTextAlign.Center },
            TableHeader = body.WithSize(9.5).AsBold(),
            TableCell = body.WithSize(9.5),
            PageHeader = body.WithSize(8.5).WithColor(PdfColor.FromHex("#666666")),
            PageFooter = body.WithSize(8.5).WithColor(PdfColor.FromHex("#666666")),
            LinkColor = PdfColor.FromHex("#1F5FBF"),
        };
    }

    public ParagraphStyle Heading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };
}
