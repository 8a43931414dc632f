using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>Data quality: conflicts between documents, corroborated facts, merged repeats, skipped mentions, run issues.</summary>
internal static class QualitySection
{
    /// <summary>Rows per list; the heading counts them all and the data files hold the rest.</summary>
    // The merged repeats are cut in the model, where the other lists of this section are cut here.
    public const int MaxRows = Model.QualityView.ListedRows;

    public static void Compose(DigestContext c, string anchor)
    {
        var q = c.Model.Quality;
        var doc = c.Document;
        var skipped = q.SkippedByReason.Sum(r => r.Count);
        doc.Paragraph(
            string.Create(CultureInfo.InvariantCulture,
                $"文件间数值有出入的数据 {q.Conflicts.Count} 组；多份文件相互印证的数据 {q.Corroborated.Count} 组；同一文件内重复陈述、已合并为一条的事实 {q.MergedRepeats.Count} 条（合并 {q.MergedRepeats.MergedOccurrences} 处）；因表述模糊或无法归类而未计入的数字表述 {skipped} 处。"),
            c.Type.Lead);

        doc.Heading(2, string.Create(CultureInfo.InvariantCulture, $"文件间有出入（{q.Conflicts.Count}组）"));
        if (q.Conflicts.Count == 0)
        {
            doc.Paragraph("未发现同一指标、同一主体、同一时点在不同文件中数值不一致的情况。", c.Type.Note);
        }
        else
        {
            doc.Table(t =>
            {
                t.Columns(1.3, 3, 1.2, 3.5).Header("指标", "主体", "截至", "各文件的数值").KeepRows(FactRows.KeepRows);
                foreach (var f in Shown(q.Conflicts, c.Cuts))
                {
                    t.RunsRow([[(f.Metric.LabelZh, null)], [(f.Finding.Key.Subject, null)], [(f.Facts.First?.AsOfText ?? "", null)], FactRows.Statements(f.Facts)]);
                }
            });
        }

        doc.Heading(2, string.Create(CultureInfo.InvariantCulture, $"相互印证（{q.Corroborated.Count}组）"));
        if (q.Corroborated.Count == 0)
        {
            doc.Paragraph("没有同一数据被两份以上文件同时给出。", c.Type.Note);
        }
        else
        {
            doc.Table(t =>
            {
                t.Columns(1.3, 3.4, 1.6, 1.2, 1.5).Header("指标", "主体", "数值", "截至", "文件").KeepRows(FactRows.KeepRows);
                foreach (var f in Shown(q.Corroborated, c.Cuts))
                {
                    t.RunsRow([[(f.Metric.LabelZh, null)], [(f.Finding.Key.Subject, null)], [(f.Facts.First?.QualifiedValue ?? "", null)],
                        [(f.Facts.First?.AsOfText ?? "", null)], FactRows.References(f.Facts)]);
                }
            });
        }

        doc.Heading(2, string.Create(CultureInfo.InvariantCulture, $"合并的重复陈述（{q.MergedRepeats.Count}条）"));
        if (q.MergedRepeats.Count == 0)
        {
            doc.Paragraph("没有在同一文件中重复出现的数据。", c.Type.Note);
        }
        else
        {
            doc.Table(t =>
            {
                t.Columns(1.3, 3.6, 1.6, 0.9, 0.9).Header("指标", "主体", "数值", "文件", "出现次数").KeepRows(FactRows.KeepRows);
                foreach (var f in ShownRepeats(q, c.Cuts))
                {
                    t.LinkedRow([f.Metric.LabelZh, f.SubjectText, f.QualifiedValue, f.Document.Ref, f.Fact.OccurrenceCount.ToString(CultureInfo.InvariantCulture)],
                        [null, null, null, f.Document.Anchor, null]);
                }
            });
        }

        Skipped(c, skipped);
        Issues(c, q.Issues, c.Cuts.Of(MaxRows));
        UnchartedBreakdowns.Compose(c);
        if (c.Model.OverviewCharts.Count > 0)
        {
            // About the run, not the corpus: kept out of the charts section.
            doc.Heading(2, "本次运行的统计");
            foreach (var chart in c.Model.OverviewCharts)
            {
                c.Chart(chart);
            }
        }
    }

    private static void Skipped(DigestContext c, int total)
    {
        var q = c.Model.Quality;
        var doc = c.Document;
        doc.Heading(2, string.Create(CultureInfo.InvariantCulture, $"未计入的数字表述（{total}处）"));
        if (total == 0)
        {
            doc.Paragraph("没有被略过的数字表述。", c.Type.Note);
            return;
        }

        doc.Table(t =>
        {
            t.Columns(4, 1).Header("原因", "数量").KeepRows(FactRows.KeepRows);
            foreach (var (reason, count) in q.SkippedByReason)
            {
                t.Row(SkipReasonWords.Of(reason), count.ToString(CultureInfo.InvariantCulture));
            }
        });
        var documents = c.Model.Documents.ToDictionary(d => d.Info.Name, StringComparer.Ordinal);
        doc.Paragraph("示例：", c.Type.Note);
        doc.Table(t =>
        {
            t.Columns(0.7, 3.2, 2.4).Header("文件", "表述", "原因").KeepRows(FactRows.KeepRows);
            foreach (var s in q.SkippedExamples)
            {
                var d = documents.GetValueOrDefault(s.Doc);
                t.LinkedRow([d?.Ref ?? s.Doc, s.Text, SkipReasonWords.Of(s.Reason)], [d?.Anchor, null, null]);
            }
        });
    }

    private static void Issues(DigestContext c, IReadOnlyList<RunIssue> issues, int rows)
    {
        c.Document.Heading(2, string.Create(CultureInfo.InvariantCulture, $"处理中的问题（{issues.Count}项）"));
        if (issues.Count == 0)
        {
            c.Document.Paragraph("所有文件均已成功读取和处理。", c.Type.Note);
            return;
        }

        foreach (var issue in issues.Take(rows))
        {
            c.Document.Paragraph((issue.Severity == Severity.Failure ? "失败：" : "提示：") + (issue.Doc is null ? "" : issue.Doc + "：") + issue.Message, c.Type.Note);
        }

        if (issues.Count > rows)
        {
            c.Document.Paragraph(string.Create(CultureInfo.InvariantCulture, $"另有 {issues.Count - rows} 项见 run.json。"), c.Type.Note);
        }
    }

    /// <summary>The facts the section's lists show, for the sources list: the same cuts as the lists.</summary>
    public static IEnumerable<FactView> Cited(QualityView q, DigestCuts cuts) =>
        Shown(q.Conflicts, cuts).Concat(Shown(q.Corroborated, cuts)).SelectMany(f => FactRows.Cited(f.Facts)).Concat(ShownRepeats(q, cuts));

    private static IEnumerable<FindingView> Shown(IReadOnlyList<FindingView> findings, DigestCuts cuts) => findings.Take(cuts.Of(MaxRows));

    /// <summary>The merged repeats listed: most repeated first.</summary>
    private static IEnumerable<FactView> ShownRepeats(QualityView q, DigestCuts cuts) =>
        q.MergedRepeats.Shown.Take(cuts.Of(MaxRows));
}
