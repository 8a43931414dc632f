using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Pdf.Layout;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>Every named text style and colour of the digest, in one place (QuestPDF's Typography habit).</summary>
internal sealed class Typography
{
    public static readonly PdfColor Navy = PdfColor.FromHex("#1F3A5F");
    public static readonly PdfColor Accent = PdfColor.FromHex("#0072B2");
    public static readonly PdfColor Muted = PdfColor.FromHex("#666666");
    public static readonly PdfColor Ink = PdfColor.FromHex("#222222");
    public static readonly PdfColor CardFill = PdfColor.FromHex("#F3F6FA");
    public static readonly PdfColor CardRule = PdfColor.FromHex("#C9D3E0");
    public static readonly PdfColor Warning = PdfColor.FromHex("#B04A00");

    public Typography(PdfFont font)
    {
        Font = font;
        var defaults = PdfStyleSheet.Default(font);
        Sheet = defaults with
        {
            TableHeader = defaults.TableHeader.WithSize(9),
            TableCell = defaults.TableCell.WithSize(8.5),
            // Room for a table's header and its first four rows (FactRows.KeepRows), so a sub-heading never ends a page alone.
            Heading2 = defaults.Heading2 with { KeepWithNext = 150 },
        };
        CoverTitle = new ParagraphStyle(PdfTextStyle.Of(font, 28).WithColor(Navy).AsBold()) { LineHeight = 1.4, Align = PdfTextAlign.Center, SpaceAfter = 6 };
        CoverSubtitle = new ParagraphStyle(PdfTextStyle.Of(font, 15).WithColor(Muted)) { LineHeight = 1.4, Align = PdfTextAlign.Center, SpaceAfter = 36 };
        CoverMeta = new ParagraphStyle(PdfTextStyle.Of(font, 11.5).WithColor(Ink)) { LineHeight = 1.9, Align = PdfTextAlign.Center };
        Lead = new ParagraphStyle(PdfTextStyle.Of(font, 10.5).WithColor(Ink)) { LineHeight = 1.6, SpaceAfter = 6 };
        Note = new ParagraphStyle(PdfTextStyle.Of(font, 8.5).WithColor(Muted)) { LineHeight = 1.45, SpaceAfter = 2 };
        // A left-aligned column in the middle of the page: entries line up on their numbers.
        Toc = new ParagraphStyle(PdfTextStyle.Of(font, 11).WithColor(Ink)) { LineHeight = 1.7, FirstLineIndent = 150 };
    }

    public PdfFont Font { get; }

    public PdfStyleSheet Sheet { get; }

    public ParagraphStyle CoverTitle { get; }

    public ParagraphStyle CoverSubtitle { get; }

    public ParagraphStyle CoverMeta { get; }

    /// <summary>Unindented body text for section introductions.</summary>
    public ParagraphStyle Lead { get; }

    /// <summary>Small grey text: rules, quotes under tables, notes.</summary>
    public ParagraphStyle Note { get; }

    public ParagraphStyle Toc { get; }

    public PdfTextStyle CardValue => PdfTextStyle.Of(Font, 17).WithColor(Navy).AsBold();

    public PdfTextStyle CardLabel => PdfTextStyle.Of(Font, 9).WithColor(Ink);

    public PdfTextStyle CardMeta => PdfTextStyle.Of(Font, 7.5).WithColor(Muted);

    public PdfTextStyle RunningHeader => PdfTextStyle.Of(Font, 8.5).WithColor(Muted);
}
