using System.Globalization;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>Every entity without a section, counted; the largest one line each: its fact count, documents and most frequent indicators.</summary>
internal static class OtherEntitiesSection
{
    public static void Compose(DigestContext c, string anchor)
    {
        var others = c.Model.OtherEntities;
        var lines = c.Cuts.Of(EntitySections.MaxCountLines);
        c.Document.Paragraph(
            others.Count == 0
                ? "所有主体都已在上一节列出。"
                : string.Create(CultureInfo.InvariantCulture, $"其余 {others.Count} 个主体共 {others.Facts} 条统计事实，按条数排列")
                  + (others.Count > lines ? string.Create(CultureInfo.InvariantCulture, $"，列出前 {lines} 个") : "")
                  + "；逐条数据见 facts.csv。",
            c.Type.Lead);
        if (others.Count == 0)
        {
            return;
        }

        c.Document.Table(t =>
        {
            t.Columns(2.4, 0.7, 0.7, 4.6).Align(PdfTextAlign.Left, PdfTextAlign.Right, PdfTextAlign.Right, PdfTextAlign.Left)
                .Header("主体", "事实数", "文件数", "主要指标（条数）").KeepRows(FactRows.KeepRows);
            foreach (var o in others.Listed.Take(lines))
            {
                t.Row(o.Entity, o.Facts.ToString(CultureInfo.InvariantCulture), o.Documents.ToString(CultureInfo.InvariantCulture),
                    string.Join("；", o.Indicators.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Indicator}（{i.Count}）"))));
            }
        });
    }
}
