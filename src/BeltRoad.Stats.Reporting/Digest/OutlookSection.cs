using System.Globalization;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>Targets, pledges, forecasts and estimates, apart from the actual figures, with the stated cut.</summary>
internal static class OutlookSection
{
    public const int MaxRows = Planning.HeadlineRule.OutlookRows;

    /// <summary>The rows the section lists at <paramref name="cuts"/>, for the sources list too.</summary>
    public static IEnumerable<Model.FactView> Shown(Model.OutlookView outlook, DigestCuts cuts) => outlook.Shown.Take(cuts.Of(MaxRows));

    public static void Compose(DigestContext c, string anchor)
    {
        var outlook = c.Model.Outlook;
        var rows = c.Cuts.Of(MaxRows);
        var counts = string.Join("、", outlook.ByNature
            .Select(n => string.Create(CultureInfo.InvariantCulture, $"{n.Nature.ChineseWord()} {n.Count} 条")));
        c.Document.Paragraph(
            outlook.Count == 0
                ? "本次处理的文件中没有目标、承诺、预测或估算数据。"
                : "以下数据尚未发生或为模型测算，不与实际数据并列：" + counts + "。"
                  + (outlook.Count > rows ? string.Create(CultureInfo.InvariantCulture, $"表中列出前 {rows} 条，其余见 facts.csv（nature 列）。") : ""),
            c.Type.Lead);
        if (outlook.Count > 0)
        {
            FactRows.Table(c, Shown(outlook, c.Cuts), anchorRows: false);
        }
    }
}
