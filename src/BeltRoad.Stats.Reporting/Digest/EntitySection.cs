using System.Globalization;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>One sub-section per entity (中欧班列, 亚投行 …) with its facts in one table and the stated cut.</summary>
internal static class EntitySection
{
    /// <summary>The rows an entity's table lists at <paramref name="cuts"/>: for the sources list too.</summary>
    public static IEnumerable<Model.FactView> Shown(Model.EntityView entity, DigestCuts cuts) => entity.Shown.Take(cuts.Of(Planning.EntitySections.MaxRows));

    public static void Compose(DigestContext c, string anchor)
    {
        var entities = c.Model.Entities;
        var rows = c.Cuts.Of(Planning.EntitySections.MaxRows);
        c.Document.Paragraph(
            entities.Count == 0
                ? "本次处理的文件中没有统计数据。"
                : string.Create(CultureInfo.InvariantCulture,
                    $"要点目录中的主体在前，其余按统计事实条数排列，至多{Planning.EntitySections.MaxSections}个；每个主体一张表，只列实际数据，至多{rows}行（目标、承诺、预测与估算见“展望”一节）。“来源”列的 [n] 链接到来源文件一节。"),
            c.Type.Lead);
        foreach (var entity in entities)
        {
            c.Document.Heading(2, string.Create(CultureInfo.InvariantCulture, $"{entity.Name}（{entity.Total}条）"), entity.Anchor);
            var shown = Shown(entity, c.Cuts).ToList();
            FactRows.Table(c, shown, anchorRows: true);
            var left = entity.Total - shown.Count;
            if (left > 0)
            {
                c.Document.Paragraph(string.Create(CultureInfo.InvariantCulture, $"另有 {left} 条未列出（表外的实际数据、计数与非实际数据），见 facts.csv（entity 列为“{entity.Name}”）。"), c.Type.Note);
            }
        }
    }
}
