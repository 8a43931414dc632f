using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>The headline figures as cards (value, what it measures, as_of, source), then their source sentences.</summary>
internal static class HeadlineSection
{
    private const double CardHeight = 78;
    private const double Gap = 10;

    public static void Compose(DigestContext c, string anchor)
    {
        var headlines = c.Model.Headlines;
        c.Document.Paragraph(HeadlineRule.Description, c.Type.Note);
        c.Document.Paragraph(HeadlineRule.Coverage(headlines, c.Model.Input.Headlines), c.Type.Note);
        if (headlines.Count == 0)
        {
            c.Document.Paragraph("本次处理的文件中没有识别出实际数据。", c.Type.Lead);
            return;
        }

        for (var start = 0; start < headlines.Count; start += 4)
        {
            var batch = headlines.Skip(start).Take(4).ToList();
            var rows = (batch.Count + 1) / 2;
            c.Document.LinkedFigure((rows * CardHeight) + ((rows - 1) * Gap), (page, box) => DrawCards(page, box, batch, c));
        }

        c.Document.Table(t =>
        {
            t.Columns(0.5, 1.6, 5.0, 1.5).Align(PdfTextAlign.Right, PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Left)
                .Header("序号", "数值", "原文", "来源").KeepRows(FactRows.KeepRows);
            for (var i = 0; i < headlines.Count; i++)
            {
                var f = headlines[i];
                t.LinkedRow(
                    [(i + 1).ToString(CultureInfo.InvariantCulture), f.QualifiedValue, "「" + f.ShortQuote(140) + "」", f.Citation + " " + f.ReliabilityWord],
                    [null, null, null, f.Document.Anchor]);
            }
        });
    }

    /// <summary>Where a card leads: the fact's row in its entity's table, else the entity's section, else its source.</summary>
    public static string Target(ReportModel model, FactView f) =>
        model.RowOf.ContainsKey(f.Index) ? f.Anchor
        : model.Entities.FirstOrDefault(e => e.Name == EntitySections.Name(f)) is { } entity ? entity.Anchor
        : f.Document.Anchor;

    private static void DrawCards(PdfPage page, PdfRect box, IReadOnlyList<FactView> facts, DigestContext c)
    {
        var canvas = page.Canvas;
        var type = c.Type;
        var width = (box.Width - Gap) / 2;
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            var card = new PdfRect(box.X + ((i % 2) * (width + Gap)), box.Y + ((i / 2) * (CardHeight + Gap)), width, CardHeight);
            canvas.FillRectangle(card, Typography.CardFill);
            canvas.FillRectangle(new PdfRect(card.X, card.Y, 3, card.Height), Typography.Accent);
            var inner = card.Width - 22;
            var valueStyle = type.CardValue;
            while (TextMeasurer.Width(f.QualifiedValue, valueStyle) > inner && valueStyle.Size > 10)
            {
                valueStyle = valueStyle.WithSize(valueStyle.Size - 1);
            }

            var x = card.X + 12;
            canvas.DrawText(f.QualifiedValue, x, card.Y + 24, valueStyle);
            var label = TextMeasurer.Wrap(f.EntityIndicator + (f.Fact.Qualifier == Qualifier.Exact ? "" : "（" + f.QualifierWord + "）"), type.CardLabel, inner);
            for (var l = 0; l < Math.Min(2, label.Count); l++)
            {
                var line = l == 1 && label.Count > 2 ? Ellipsize(label[1], type.CardLabel, inner) : label[l];
                canvas.DrawText(line, x, card.Y + 40 + (l * 12), type.CardLabel);
            }

            var meta = "截至 " + f.AsOfText + " · 来源 " + f.Citation + " " + f.Document.ShortTitle;
            canvas.DrawText(Ellipsize(meta, type.CardMeta, inner), x, card.Bottom - 8, f.Reliability == Reliability.Conflicting ? type.CardMeta.WithColor(Typography.Warning) : type.CardMeta);
            page.AddLink(new PdfRect(card.X, card.Y, card.Width, card.Height - 18), Target(c.Model, f));
            page.AddLink(new PdfRect(card.X, card.Bottom - 18, card.Width, 18), f.Document.Anchor);
        }
    }

    private static string Ellipsize(string text, PdfTextStyle style, double width)
    {
        if (TextMeasurer.Width(text, style) <= width)
        {
            return text;
        }

        var cut = text.Length - 1;
        while (cut > 1 && (char.IsLowSurrogate(text[cut]) || TextMeasurer.Width(text[..cut] + "…", style) > width))
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
