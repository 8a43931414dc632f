using System.Globalization;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>Totals stated with parts that were not charted (parts above the total, or unlike it), each with why.</summary>
internal static class UnchartedBreakdowns
{
    public static void Compose(DigestContext c)
    {
        var uncharted = c.Model.Groups.SelectMany(g => g.UnchartedBreakdowns).OrderBy(b => b.Total.Index).ToList();
        if (uncharted.Count == 0)
        {
            return;
        }

        c.Document.Heading(2, string.Create(CultureInfo.InvariantCulture, $"未绘制的构成图（{uncharted.Count}项）"));
        c.Document.Table(t =>
        {
            t.Columns(2.6, 1.6, 3.4, 0.8).Header("合计", "数值", "原因", "文件").KeepRows(FactRows.KeepRows);
            foreach (var b in uncharted)
            {
                t.LinkedRow([b.Total.EntityIndicator, b.Total.QualifiedValue, b.ReasonWords!, b.Total.Document.Ref], [null, null, null, b.Total.Document.Anchor]);
            }
        });
    }
}
