using System.Globalization;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>
/// Each document as cited, in file order: number, title, publisher and address, date, language, SHA-256 prefix and fact
/// count. Beyond <see cref="MaxListed"/> documents only those the digest cites are listed, at most <see cref="MaxListed"/>
/// of them, the cards' and series pages' sources first (the rest are in facts.json), so the section stays a few pages at any size.
/// </summary>
internal static class SourcesSection
{
    public const int MaxListed = 60;

    public static void Compose(DigestContext c, string anchor)
    {
        var listed = Listed(c.Model, c.Cuts);
        c.Document.Paragraph(
            "正文与图表中的 [n] 指下表中的文件，编号按文件名排序。SHA-256 前缀可用于核对所处理文件的版本。"
            + (listed.Count < c.Model.Documents.Count
                ? string.Create(CultureInfo.InvariantCulture, $"共 {c.Model.Documents.Count} 份文件，此处列出本摘要引用的文件中的 {listed.Count} 份（要点数据与系列所引在先），全部见 facts.json（documents）。")
                : ""),
            c.Type.Note);
        c.Document.Table(t =>
        {
            t.Columns(0.6, 4.2, 1.4, 1.1, 1.7, 0.8)
                .Align(PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Right)
                .Header("编号", "标题 / 文件名", "日期", "语言", "SHA-256 前缀", "事实数")
                .KeepRows(FactRows.KeepRows);
            foreach (var d in listed)
            {
                t.LinkedRow(
                    [d.Ref, (d.HasTitle ? d.Title : "（未注明标题）") + "（" + d.Info.Name + "）" + (d.Provenance is { } provenance ? " " + provenance : ""), d.Info.Date is { } date ? PeriodText.Of(date) : PeriodText.Unstated,
                        PeriodText.Language(d.Info.Language), d.ShaPrefix, d.FactCount.ToString(CultureInfo.InvariantCulture)],
                    [null, null, null, null, null, null],
                    d.Anchor);
            }
        });
        if (listed.Count < c.Model.Documents.Count)
        {
            // A [n] of a document not listed above (a skipped mention, a quality row) opens this note.
            foreach (var d in c.Model.Documents.Except(listed))
            {
                c.Document.Anchor(d.Anchor);
            }

            c.Document.Paragraph(string.Create(CultureInfo.InvariantCulture, $"其余 {c.Model.Documents.Count - listed.Count} 份文件的标题、日期与 SHA-256 见 facts.json 的 documents 与 facts.sqlite 的 documents 表。"), c.Type.Note);
        }
    }

    /// <summary>
    /// All documents when few; otherwise those a row, card or chart of the digest cites, in the order the digest leads with
    /// them (cards and series pages, outlook, entities, charts, quality, changes), cut at <see cref="MaxListed"/> (or the tighter share of <paramref name="cuts"/>): a large
    /// corpus's charts alone cite thousands of documents, which once made the section hundreds of pages.
    /// </summary>
    internal static IReadOnlyList<DocumentView> Listed(ReportModel model, DigestCuts cuts)
    {
        var most = cuts.Of(MaxListed);
        if (model.Documents.Count <= most)
        {
            return model.Documents;
        }

        var cited = model.Headlines.SelectMany(h => SeriesPages.Listed(h.Series, cuts)).Select(p => p.Facts[0])
            .Concat(OutlookSection.Shown(model.Outlook, cuts))
            .Concat(model.Entities.SelectMany(e => EntitySection.Shown(e, cuts)))
            .Concat(ChartsSection.Charts(model).Take(cuts.Of(ChartsSection.MaxCharts)).SelectMany(ch => ch.Facts))
            .Concat(QualitySection.Cited(model.Quality, cuts))
            .Concat(ChangesSection.Cited(model.ChangeSummary, cuts))
            .Concat(UnchartedBreakdowns.Cited(model, cuts))
            .Select(f => f.Document.Number)
            .Distinct()
            .Take(most)
            .ToHashSet();
        return [.. model.Documents.Where(d => cited.Contains(d.Number))];
    }
}
