using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Formatting;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>Page 1: both titles, data date, the corpus in one line each and the program version.</summary>
internal static class CoverPage
{
    public static void Compose(DigestContext c)
    {
        var doc = c.Document;
        var model = c.Model;
        var type = c.Type;
        // Empty figures are the only vertical space that is not dropped at the top of a page.
        doc.Figure(160, (_, _) => { });
        doc.Paragraph(DigestWriter.TitleZh, type.CoverTitle);
        doc.Paragraph(DigestWriter.TitleEn, type.CoverSubtitle);

        doc.Paragraph("数据日期：" + PeriodText.Of(model.Input.DataDate), type.CoverMeta);
        doc.Paragraph(
            string.Create(CultureInfo.InvariantCulture, $"文件 {model.Documents.Count} 份（{LanguageList(model.Documents.Select(d => d.Info))}）"),
            type.CoverMeta);
        doc.Paragraph(
            string.Create(CultureInfo.InvariantCulture, $"统计事实 {model.FactCount} 条，涉及主体 {model.EntityCount} 个"),
            type.CoverMeta);
        doc.Paragraph(
            string.Create(CultureInfo.InvariantCulture, $"文件间相互印证 {model.Quality.Corroborated.Count} 组，有出入 {model.Quality.Conflicts.Count} 组"),
            type.CoverMeta);
        doc.Paragraph("程序版本：BeltRoad.Stats " + model.Input.ProgramVersion, type.CoverMeta);
        doc.Paragraph("完整数据见同一文件夹中的 facts.csv、facts.json 与 index.html；本摘要只列要点与各节的前若干行。", type.CoverMeta);
    }

    /// <summary>「简体中文 3，英文 1」: the corpus by language, shared with the HTML view.</summary>
    public static string LanguageList(IEnumerable<DocumentInfo> documents) =>
        string.Join("，", documents.GroupBy(d => d.Language).OrderBy(g => g.Key).Select(g => PeriodText.Language(g.Key) + " " + g.Count().ToString(CultureInfo.InvariantCulture)));
}
