using System.Globalization;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Reporting.Formatting;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>Each document: its number as cited, title, publisher and address, date, language, SHA-256 prefix and fact count.</summary>
internal static class SourcesSection
{
    public static void Compose(DigestContext c, string anchor)
    {
        c.Document.Paragraph("正文与图表中的 [n] 指下表中的文件。SHA-256 前缀可用于核对所处理文件的版本。", c.Type.Note);
        c.Document.Table(t =>
        {
            t.Columns(0.6, 4.2, 1.4, 1.1, 1.7, 0.8)
                .Align(PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Right)
                .Header("编号", "标题 / 文件名", "日期", "语言", "SHA-256 前缀", "事实数");
            foreach (var d in c.Model.Documents)
            {
                t.Row(d.Ref, d.Title + "（" + d.Info.Name + "）" + (d.Provenance is { } provenance ? " " + provenance : ""), d.Info.Date is { } date ? PeriodText.Of(date) : PeriodText.Unstated,
                    PeriodText.Language(d.Info.Language), d.ShaPrefix, d.FactCount.ToString(CultureInfo.InvariantCulture));
            }
        });
    }
}
