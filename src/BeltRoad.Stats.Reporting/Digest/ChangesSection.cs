using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Formatting;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>「与上次相比」: facts added, removed and changed since the previous published run.</summary>
internal static class ChangesSection
{
    private const int MaxRows = 60;

    public static void Compose(DigestContext c, string anchor)
    {
        var changes = c.Model.Input.Changes!;
        c.Document.Paragraph(
            string.Create(CultureInfo.InvariantCulture,
                $"与上次发布的运行相比：新增 {changes.Count(FactChangeKind.Added)} 条，删除 {changes.Count(FactChangeKind.Removed)} 条，数值变化 {changes.Count(FactChangeKind.Changed)} 条。"),
            c.Type.Lead);
        if (changes.Items.Count == 0)
        {
            c.Document.Paragraph("无变化：本次提取的数据与上次发布的完全一致。", c.Type.Note);
            return;
        }

        // The previous run's id is left out: it holds a random part, and the digest must be the same bytes for the same facts.
        var refs = c.Model.Documents.ToDictionary(d => d.Info.Name, d => d.Ref, StringComparer.Ordinal);
        var metrics = c.Model.Input.Metrics.GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.Last().LabelZh);
        c.Document.Table(t =>
        {
            t.Columns(0.7, 1.8, 2.8, 1.3, 1.5, 1.5, 0.7).Header("变化", "指标", "主体", "截至", "之前", "现在", "文件");
            foreach (var change in changes.Items.Take(MaxRows))
            {
                var fact = (change.After ?? change.Before)!;
                t.Row(
                    Word(change.Kind),
                    metrics.GetValueOrDefault(change.Key.Metric, change.Key.Metric.Value),
                    change.Key.Subject,
                    PeriodText.Of(fact.AsOf),
                    change.Before is null ? "—" : FactText.QualifiedValue(change.Before),
                    change.After is null ? "—" : FactText.QualifiedValue(change.After),
                    refs.GetValueOrDefault(fact.Doc, fact.Doc));
            }
        });
        if (changes.Items.Count > MaxRows)
        {
            c.Document.Paragraph(string.Create(CultureInfo.InvariantCulture, $"另有 {changes.Items.Count - MaxRows} 条变化未列出，见 index.html。"), c.Type.Note);
        }
    }

    public static string Word(FactChangeKind kind) => kind switch
    {
        FactChangeKind.Added => "新增",
        FactChangeKind.Removed => "删除",
        _ => "变化",
    };
}
