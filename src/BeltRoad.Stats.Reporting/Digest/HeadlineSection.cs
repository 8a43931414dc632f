using System.Globalization;
using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Pdf.Tagging;
using BeltRoad.Stats.Reporting.Charts;
using BeltRoad.Stats.Reporting.Planning;
using BeltRoad.Stats.Reporting.Series;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>
/// The headline series as cards (latest value, whose and what, its change since the point before, date, sources), a small
/// chart of each that has one, then the cards' source sentences.
/// </summary>
internal static class HeadlineSection
{
    private const double CardHeight = 92;
    private const double Gap = 10;
    private const double SmallChartGap = 12;

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
            c.Document.TaggedBlock((rows * CardHeight) + ((rows - 1) * Gap), (page, box, block) => DrawCards(page, box, block, batch, c));
        }

        Overview(c, headlines);
        c.Document.Table(t =>
        {
            t.Columns(0.5, 1.6, 5.0, 1.5).Align(PdfTextAlign.Right, PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Left)
                .Header("序号", "数值", "原文", "来源").KeepRows(FactRows.KeepRows);
            for (var i = 0; i < headlines.Count; i++)
            {
                var f = headlines[i].View;
                t.LinkedRow(
                    [(i + 1).ToString(CultureInfo.InvariantCulture), f.QualifiedValue, "「" + f.ShortQuote(140) + "」", headlines[i].Latest.Citation + " " + f.ReliabilityWord],
                    [null, null, null, f.Document.Anchor]);
            }
        });
    }

    /// <summary>The headline series that have a chart, small, two to a row: each one chart drawing of its own.</summary>
    private static void Overview(DigestContext c, IReadOnlyList<HeadlineCard> headlines)
    {
        var charts = headlines.Select(h => c.Model.Charts.FirstOrDefault(ch => ch.Series == h.Series)).OfType<PlannedChart>()
            .Select(ch => ch.Spec with { Size = ChartSize.Small, ShowValueLabels = false, SourceNote = null, Title = ch.Series!.Name + "（" + ch.Series.ShapeWords + "）" })
            .ToList();
        if (charts.Count == 0)
        {
            return;
        }

        c.Document.Paragraph("要点系列走势（每个系列一幅小图；各系列的数据点、来源与变化见“要点系列”一节）", c.Type.Note with { SpaceAfter = 4 });
        for (var i = 0; i < charts.Count; i += 2)
        {
            var specs = charts.Skip(i).Take(2).ToList();
            var row = specs.Select(ChartImages.Drawing).ToList();
            var width = (c.Document.Settings.ContentArea.Width - SmallChartGap) / 2;
            var scale = width / row[0].Width;
            c.Document.Figure((row.Max(d => d.Height) * scale) + SmallChartGap, (canvas, box) =>
            {
                for (var k = 0; k < row.Count; k++)
                {
                    row[k].Draw(canvas, c.Type.Font, box.X + (k * (width + SmallChartGap)), box.Y, scale);
                }
            },
            alt: string.Join(" ", specs.Select(ChartAlt.Of)));
        }
    }

    /// <summary>Where a card leads: its series' page.</summary>
    public static string Target(HeadlineCard card) => card.Series.Stem;

    /// <summary>
    /// Two cards to a row, read card by card: each a Div of two links (the figure with its label and change, opening the
    /// series page; the date and source, opening the source), the card's fill an artifact.
    /// </summary>
    private static void DrawCards(PdfPage page, PdfRect box, StructureElement block, IReadOnlyList<HeadlineCard> cards, DigestContext c)
    {
        var canvas = page.Canvas;
        var type = c.Type;
        var width = (box.Width - Gap) / 2;
        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i];
            var f = card.View;
            var rect = new PdfRect(box.X + ((i % 2) * (width + Gap)), box.Y + ((i / 2) * (CardHeight + Gap)), width, CardHeight);
            var element = block.Add("Div");
            var opens = element.Add("Link");
            var cites = element.Add("Link");
            canvas.Artifact(a => a.FillRectangle(rect, Typography.CardFill).FillRectangle(new PdfRect(rect.X, rect.Y, 3, rect.Height), Typography.Accent));
            var inner = rect.Width - 22;
            var valueStyle = type.CardValue;
            while (TextMeasurer.Width(f.QualifiedValue, valueStyle) > inner && valueStyle.Size > 10)
            {
                valueStyle = valueStyle.WithSize(valueStyle.Size - 1);
            }

            var x = rect.X + 12;
            canvas.Tagged(opens, t => t.DrawText(f.QualifiedValue, x, rect.Y + 24, valueStyle));
            var label = TextMeasurer.Wrap(card.Label, type.CardLabel, inner);
            for (var l = 0; l < Math.Min(2, label.Count); l++)
            {
                var line = l == 1 && label.Count > 2 ? Ellipsize(label[1], type.CardLabel, inner) : label[l];
                var top = rect.Y + 40 + (l * 12);
                canvas.Tagged(opens, t => t.DrawText(line, x, top, type.CardLabel));
            }

            canvas.Tagged(opens, t => t.DrawText(Ellipsize(card.Change, type.CardMeta, inner), x, rect.Bottom - 22, type.CardMeta.WithColor(Typography.Ink)));
            var meta = "截至 " + card.Latest.PeriodWords + " · 来源 " + card.Latest.Citation + " " + f.Document.ShortTitle;
            canvas.Tagged(cites, t => t.DrawText(Ellipsize(meta, type.CardMeta, inner), x, rect.Bottom - 8, card.Latest.Conflicting ? type.CardMeta.WithColor(Typography.Warning) : type.CardMeta));
            page.AddLink(new PdfRect(rect.X, rect.Y, rect.Width, rect.Height - 18), Target(card), opens, "系列页：" + card.Label);
            page.AddLink(new PdfRect(rect.X, rect.Bottom - 18, rect.Width, 18), f.Document.Anchor, cites, "来源 " + card.Latest.Citation + " " + f.Document.ShortTitle);
        }
    }

    internal static string Ellipsize(string text, PdfTextStyle style, double width)
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
