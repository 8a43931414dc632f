using System.Globalization;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>Totals stated with parts that were not charted (parts above the total, or unlike it), each with why.</summary>
internal static class UnchartedBreakdowns
{
    public static void Compose(DigestContext c)
    {
        var listed = Listed(c.Model, c.Cuts);
        var count = c.Model.Groups.Sum(g => g.UnchartedCount);
        if (count == 0)
        {
            return;
        }

        c.Document.Heading(2, string.Create(CultureInfo.InvariantCulture, $"未绘制的构成图（{count}项）"));
        c.Document.Table(t =>
        {
            t.Columns(2.6, 1.6, 3.4, 0.8).Header("合计", "数值", "原因", "文件").KeepRows(FactRows.KeepRows);
            foreach (var b in listed)
            {
                t.LinkedRow([b.Total.EntityIndicator, b.Total.QualifiedValue, b.ReasonWords!, b.Total.Document.Ref], [null, null, null, b.Total.Document.Anchor]);
            }
        });
        if (count > listed.Count)
        {
            c.Document.Paragraph(string.Create(CultureInfo.InvariantCulture, $"另有 {count - listed.Count} 项未列出（按文件顺序列出前 {listed.Count} 项）。"), c.Type.Note);
        }
    }

    /// <summary>The totals the table lists, for the sources list.</summary>
    public static IEnumerable<FactView> Cited(ReportModel model, DigestCuts cuts) => Listed(model, cuts).Select(b => b.Total);

    // The totals the table lists at the cuts, in document order.
    private static List<Planning.Breakdown> Listed(ReportModel model, DigestCuts cuts) => [.. All(model).Take(cuts.Of(QualitySection.MaxRows))];

    // Each group keeps its first ones (GroupTally): together they hold the first of all.
    private static List<Planning.Breakdown> All(ReportModel model) =>
        [.. model.Groups.SelectMany(g => g.UnchartedBreakdowns).OrderBy(b => b.Total.Index).Take(QualitySection.MaxRows)];
}
