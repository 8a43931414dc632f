using System.Globalization;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Pdf.Layout;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>
/// Composes <c>digest.pdf</c>: cover, contents with page numbers, headline figures, a page per headline series, outlook,
/// charts, entity sections,
/// other entities as counts, changes since the last run, data quality, sources. Each section is its own component;
/// styles live in <see cref="Typography"/>. Composed once; the layout paginates twice, the first pagination telling the
/// contents its page numbers (the contents' rows are the same height with any number, so the second pagination is the same).
/// Metadata dates are the data date, so the same input gives the same bytes.
/// </summary>
internal static class DigestWriter
{
    public const string TitleZh = "一带一路统计摘要";
    public const string TitleEn = "Belt and Road Statistics Digest";

    /// <summary>The most pages a digest has, for any corpus.</summary>
    public const int MaxPages = 60;

    /// <summary>The digest at the widest cuts that keep it within <see cref="MaxPages"/> (the tightest if none does).</summary>
    public static DigestResult Write(ReportModel model)
    {
        var type = new Typography(PdfFont.LoadEmbeddedCjk());
        var writer = Compose(model, type, DigestCuts.Full).Render();
        foreach (var cuts in DigestCuts.Levels.Skip(1))
        {
            if (writer.Pages.Count <= MaxPages)
            {
                break;
            }

            writer = Compose(model, type, cuts).Render();
        }

        return Result(writer);
    }

    /// <summary>The digest at the given cuts, however long.</summary>
    internal static DigestResult Write(ReportModel model, DigestCuts cuts) =>
        Result(Compose(model, new Typography(PdfFont.LoadEmbeddedCjk()), cuts).Render());

    private static DigestResult Result(PdfDocumentWriter writer) =>
        new(
            writer.ToArray(),
            writer.Pages.Count,
            [.. writer.MissingGlyphs.Select(m => string.Create(CultureInfo.InvariantCulture, $"U+{m.Character.Value:X4}")).Distinct(StringComparer.Ordinal)]);

    private static LayoutDocument Compose(ReportModel model, Typography type, DigestCuts cuts)
    {
        var sections = Sections(model);
        var date = model.Input.DataDate;
        var info = new PdfDocumentInfo(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
        {
            Title = TitleZh + " " + TitleEn,
            Subject = "共建“一带一路”文件中的统计数据：要点、展望、图表、主体、数据质量与来源",
            Keywords = "一带一路; Belt and Road; statistics; digest",
            Creator = "BeltRoad.Stats " + model.Input.ProgramVersion,
            Language = "zh-CN",
            MissingGlyphs = MissingGlyphPolicy.Report,
            Archival = true,
        };
        var settings = new PdfLayoutSettings(info, type.Sheet)
        {
            HeaderText = null,
            FooterFormat = null,
            DecoratePage = (canvas, page) => PageFrame.Draw(canvas, page, type, model),
        };
        var document = new LayoutDocument(settings);
        var context = new DigestContext(document, type, model, cuts);
        CoverPage.Compose(context);
        ContentsPage.Compose(context, sections);
        for (var i = 0; i < sections.Count; i++)
        {
            context.Section(i + 1, sections[i].Title, sections[i].Anchor, sections[i].StartsPage);
            sections[i].Compose(context, sections[i].Anchor);
        }

        return document;
    }

    /// <summary>The numbered sections in order; the changes section whenever there is a previous run to compare with.</summary>
    private static List<DigestSection> Sections(ReportModel model)
    {
        var sections = new List<DigestSection>
        {
            new("要点数据 Headline figures", "headlines", HeadlineSection.Compose),
            new("要点系列 Headline series", "series", SeriesPages.Compose) { Entries = SeriesPages.Entries(model) },
            new("展望：目标、承诺与预测 Outlook", "outlook", OutlookSection.Compose),
            new("图表 Charts", "charts", ChartsSection.Compose),
            new("主体 Entities", "entities", EntitySection.Compose) { Entries = [.. model.Entities.Select(e => (e.Name, e.Anchor))] },
            new("其他主体 Other entities", "others", OtherEntitiesSection.Compose),
        };
        if (model.Input.Changes is not null)
        {
            sections.Add(new("与上次相比 Changes", "changes", ChangesSection.Compose) { StartsPage = false });
        }

        sections.Add(new("数据质量 Data quality", "quality", QualitySection.Compose));
        sections.Add(new("来源文件 Sources", "sources", SourcesSection.Compose));
        return sections;
    }
}
