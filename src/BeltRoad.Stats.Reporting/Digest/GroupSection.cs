using System.Globalization;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>One metric group: a one-line summary, its charts, then per metric a table with a short quote for each fact.</summary>
internal static class GroupSection
{
    private const int QuoteLength = 70;

    public static void Compose(DigestContext c, GroupView group)
    {
        var metrics = group.Facts.GroupBy(f => f.Metric.Code).Select(g => (g.First().Metric, Facts: g.ToList())).ToList();
        c.Document.Paragraph(
            string.Create(CultureInfo.InvariantCulture, $"本节收录统计事实 {group.Facts.Count} 条，来自 {group.DocumentCount} 份文件，涉及：")
            + string.Join("、", metrics.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Metric.LabelZh}（{m.Facts.Count}条）")))
            + "。图中各主体取最新数据；表中列出每一条事实及其原文。",
            c.Type.Lead);

        foreach (var chart in group.Charts)
        {
            c.Chart(chart);
        }

        foreach (var (metric, facts) in metrics)
        {
            c.Document.Heading(2, string.Create(CultureInfo.InvariantCulture, $"{metric.LabelZh}（{facts.Count}条）"));
            c.Document.Table(t =>
            {
                t.Columns(2.2, 1.1, 0.6, 1.1, 1.5, 1.2, 2.3) // 文件 holds 「[12] 第123页 有出入」
                    .Align(PdfTextAlign.Left, PdfTextAlign.Right, PdfTextAlign.Center, PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Left)
                    .Header("主体 · 指标", "数值", "限定", "性质 · 口径", "截至（依据）", "文件", "原文摘录");
                foreach (var f in facts)
                {
                    t.Row(f.EntityIndicator, f.ValueText, f.QualifierWord, f.NatureAggregation, f.AsOfWithBasis, Source(f), "「" + f.ShortQuote(QuoteLength) + "」");
                }
            });
        }
    }

    /// <summary>「[2] 印证」: the document, and whether other documents agree or disagree.</summary>
    public static string Source(FactView f) => f.Reliability switch
    {
        Reliability.Corroborated => f.Citation + " 印证",
        Reliability.Conflicting => f.Citation + " 有出入",
        _ => f.Citation,
    };
}
