using System.Globalization;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>「与上次相比」 in analyst terms: documents added or removed, new points, revisions, conflicts; nothing → one line.</summary>
internal static class ChangesSection
{
    /// <summary>Rows per kind of change; the sentence above counts them all.</summary>
    public const int MaxRows = 30;

    /// <summary>The facts the section shows, for the sources list.</summary>
    public static IEnumerable<FactView> Cited(ChangeSummary s, DigestCuts cuts)
    {
        var rows = cuts.Of(MaxRows);
        return s.NewPoints.Take(rows)
            .Concat(s.Revisions.Take(rows).Select(r => r.After))
            .Concat(s.ConflictsAppeared.Take(rows).Concat(s.ConflictsResolved.Take(rows)).SelectMany(f => FactRows.Cited(f.Facts)));
    }

    public static void Compose(DigestContext c, string anchor)
    {
        var s = c.Model.ChangeSummary;
        var rows = c.Cuts.Of(MaxRows);
        c.Document.Paragraph(Sentence(s), c.Type.Lead);
        if (s.IsEmpty)
        {
            return;
        }

        foreach (var d in s.AddedDocuments.Take(rows))
        {
            c.Document.Paragraph(p => p.Text("新增文件 ").Link(d.Ref, d.Anchor).Text(" " + d.Title + string.Create(CultureInfo.InvariantCulture, $"（{d.FactCount} 条数据）")), c.Type.Note);
        }

        foreach (var name in s.RemovedDocuments.Take(rows))
        {
            c.Document.Paragraph("移除文件 " + name, c.Type.Note);
        }

        if (s.NewPoints.Count > 0)
        {
            c.Document.Heading(2, string.Create(CultureInfo.InvariantCulture, $"系列的新数据点（{s.NewPoints.Count}个）"));
            FactRows.Table(c, s.NewPoints.Take(rows), anchorRows: false);
        }

        if (s.Revisions.Count > 0)
        {
            c.Document.Heading(2, string.Create(CultureInfo.InvariantCulture, $"数值修订（{s.Revisions.Count}处）"));
            c.Document.Table(t =>
            {
                t.Columns(3.0, 1.4, 1.4, 1.4, 1.0).Header("主体 · 指标", "截至", "之前", "现在", "来源").KeepRows(FactRows.KeepRows);
                foreach (var (before, after) in s.Revisions.Take(rows))
                {
                    t.LinkedRow([after.EntityIndicator, after.AsOfText, FactText.QualifiedValue(before), after.QualifiedValue, after.Citation], [null, null, null, null, after.Document.Anchor]);
                }
            });
        }

        Findings(c, "新出现的文件间出入", s.ConflictsAppeared, rows);
        Findings(c, "已消除的文件间出入", s.ConflictsResolved, rows);
    }

    /// <summary>The one sentence that sums up the changes, in the digest and the page alike; nothing changed → it says so.</summary>
    public static string Sentence(ChangeSummary s) => s.IsEmpty
        ? "与上次发布的运行相比，文件与数据均无变化。"
        : string.Create(CultureInfo.InvariantCulture,
              $"与上次发布的运行相比：新增文件 {s.AddedDocuments.Count} 份，移除文件 {s.RemovedDocuments.Count} 份；系列新数据点 {s.NewPoints.Count} 个，数值修订 {s.Revisions.Count} 处；新出现的文件间出入 {s.ConflictsAppeared.Count} 组，已消除的 {s.ConflictsResolved.Count} 组。")
          + (s.Restated > 0 ? string.Create(CultureInfo.InvariantCulture, $"另有 {s.Restated} 条新陈述与已有数据相同。") : "")
          + (s.RemovedFacts > 0 ? string.Create(CultureInfo.InvariantCulture, $"不再出现的数据 {s.RemovedFacts} 条。") : "");

    private static void Findings(DigestContext c, string title, IReadOnlyList<FindingView> findings, int rows)
    {
        if (findings.Count == 0)
        {
            return;
        }

        c.Document.Heading(2, string.Create(CultureInfo.InvariantCulture, $"{title}（{findings.Count}组）"));
        c.Document.Table(t =>
        {
            t.Columns(3.0, 1.4, 4.0).Align(PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Left).Header("主体 · 指标", "截至", "各文件的数值").KeepRows(FactRows.KeepRows);
            foreach (var f in findings.Take(rows))
            {
                t.RunsRow(
                    [[(f.Facts.First?.EntityIndicator ?? f.Finding.Key.Subject, null)], [(f.Facts.First?.AsOfText ?? "", null)],
                        FactRows.Statements(f.Facts)]);
            }
        });
    }
}
