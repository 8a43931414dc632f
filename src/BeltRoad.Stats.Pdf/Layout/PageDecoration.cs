using System.Globalization;

namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>The running header (text over a rule) and the page-number footer.</summary>
internal static class PageDecoration
{
    public static void Draw(PdfCanvas canvas, PageContext page, PdfLayoutSettings settings)
    {
        var styles = settings.Styles;
        var area = page.ContentArea;
        if (settings.HeaderText is { } header)
        {
            var ruleY = area.Y - 14;
            canvas.DrawText(header, area.X, ruleY - 5, styles.PageHeader);
            canvas.DrawLine(area.X, ruleY, area.Right, ruleY, styles.RuleColor, 0.5);
        }

        if (settings.FooterFormat is { } footer)
        {
            var text = string.Format(CultureInfo.InvariantCulture, footer, page.PageNumber, page.PageCount);
            canvas.DrawText(text, area.X + (area.Width / 2), area.Bottom + 30, styles.PageFooter, PdfTextAlign.Center);
        }

        settings.DecoratePage?.Invoke(canvas, page);
    }
}
