using System.Globalization;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Pdf.Layout;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>The cover's colour bands, and on every other page the running header and 「第 N 页 / 共 M 页」.</summary>
internal static class PageFrame
{
    public static void Draw(PdfCanvas canvas, PageContext page, Typography type, ReportModel model)
    {
        var area = page.ContentArea;
        if (page.PageNumber == 1)
        {
            canvas.FillRectangle(new PdfRect(0, 0, page.Size.Width, 30), Typography.Navy);
            canvas.FillRectangle(new PdfRect(0, 30, page.Size.Width, 4), Typography.Accent);
            canvas.FillRectangle(new PdfRect(0, page.Size.Height - 18, page.Size.Width, 18), Typography.Navy);
            return;
        }

        var ruleY = area.Y - 14;
        canvas.DrawText(DigestWriter.TitleZh + " · " + DigestWriter.TitleEn, area.X, ruleY - 5, type.RunningHeader);
        canvas.DrawText("数据日期 " + PeriodText.Of(model.Input.DataDate), area.Right, ruleY - 5, type.RunningHeader, PdfTextAlign.Right);
        canvas.DrawLine(area.X, ruleY, area.Right, ruleY, Typography.CardRule, 0.6);
        var footer = string.Create(CultureInfo.InvariantCulture, $"第 {page.PageNumber} 页 / 共 {page.PageCount} 页");
        canvas.DrawText(footer, area.X + (area.Width / 2), area.Bottom + 30, type.RunningHeader, PdfTextAlign.Center);
    }
}
