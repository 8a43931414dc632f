using System.Globalization;
using BeltRoad.Stats.Reporting.Series;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>
/// A page per headline series: what it is, its latest point and what changed since the one before, its chart, and its
/// points as a table (date, value, bound, sources, change from the point before), newest first.
/// </summary>
internal static class SeriesPages
{
    /// <summary>Points a series' table lists, newest first; the rest are counted.</summary>
    public const int MaxRows = 24;

    public static void Compose(DigestContext c, string anchor)
    {
        var headlines = c.Model.Headlines.Where(h => h.Series.DateCount >= 2).ToList();
        c.Document.Paragraph("每个要点系列一页：同一主体、指标、单位、口径与时期形态的数据点。同一时期几份文件所述相同者为一个点（列出各文件）；所述不同者各为一点并标注“有出入”；“超过”“不少于”等为下限、“近”“最高”为上限，图中以三角标出，不与其他点连线。", c.Type.Lead);
        for (var i = 0; i < headlines.Count; i++)
        {
            if (i > 0)
            {
                c.Document.PageBreak();
            }

            Page(c, headlines[i]);
        }

        SinglePoints(c, [.. c.Model.Headlines.Where(h => h.Series.DateCount < 2)]);
    }

    public const string SinglePointsAnchor = "series-single";

    public static string SinglePointsTitle(int count) => string.Create(CultureInfo.InvariantCulture, $"只有一个时期数据的要点系列（{count}个）");

    /// <summary>The contents' entries under the section: each paged series by its title, then the table of the others.</summary>
    public static IReadOnlyList<(string Title, string Anchor)> Entries(Model.ReportModel model)
    {
        var single = model.Headlines.Count(h => h.Series.DateCount < 2);
        return [.. model.Headlines.Where(h => h.Series.DateCount >= 2).Select(h => (h.Series.Title, h.Series.Stem)),
            .. single > 0 ? [(SinglePointsTitle(single), SinglePointsAnchor)] : Array.Empty<(string, string)>()];
    }

    /// <summary>The headline series stated for one period only: one row each, no chart (a line needs two dates).</summary>
    private static void SinglePoints(DigestContext c, List<HeadlineCard> cards)
    {
        if (cards.Count == 0)
        {
            return;
        }

        c.Document.Heading(2, SinglePointsTitle(cards.Count), SinglePointsAnchor);
        foreach (var card in cards)
        {
            c.Document.Anchor(card.Series.Stem); // the cards link here
        }

        c.Document.Table(t =>
        {
            t.Columns(3.2, 1.5, 1.8, 1.2, 1.2).Header("系列", "时期", "数值", "限定", "来源").KeepRows(FactRows.KeepRows);
            foreach (var card in cards)
            {
                t.LinkedRow(
                    [card.Series.Title, card.Latest.PeriodWords, card.Latest.QualifiedValue + (card.Latest.Conflicting ? "（有出入）" : ""), card.Latest.BoundWords, card.Latest.Citation],
                    [null, null, null, null, card.Latest.Documents[0].Anchor]);
            }
        });
    }

    private static void Page(DigestContext c, HeadlineCard card)
    {
        var series = card.Series;
        c.Document.Heading(2, series.Title, series.Stem);
        c.Document.Paragraph(
            p =>
            {
                p.Text("最新：" + card.Latest.PeriodWords + " " + card.Latest.QualifiedValue + "（来源");
                p.Link(card.Latest.Documents[0].Ref, card.Latest.Documents[0].Anchor);
                p.Text((card.Latest.Documents.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"等{card.Latest.Documents.Count}份") : "") + "）；" + card.Change + "。" + string.Create(CultureInfo.InvariantCulture, $"共 {series.Points.Count} 个数据点、{series.DocumentCount} 份文件。"));
            },
            c.Type.Lead);
        if (c.Model.Charts.FirstOrDefault(ch => ch.Series == series) is { } chart)
        {
            c.Chart(chart);
        }

        c.Document.Table(t =>
        {
            t.Columns(1.6, 1.8, 1.3, 1.3, 3.2).Header("时期", "数值", "限定", "来源", "较前一个数据点").KeepRows(FactRows.KeepRows);
            foreach (var point in Listed(series, c.Cuts))
            {
                t.LinkedRow(
                    [point.PeriodWords, point.QualifiedValue + (point.Conflicting ? "（有出入）" : ""), point.BoundWords, point.Citation, SeriesWords.Change(point, series.Before(point))],
                    [null, null, null, point.Documents[0].Anchor, null]);
            }
        });
        var left = series.Points.Count - c.Cuts.Of(MaxRows);
        if (left > 0)
        {
            c.Document.Paragraph(string.Create(CultureInfo.InvariantCulture, $"另有较早的 {left} 个数据点未列出，见 index.html。"), c.Type.Note);
        }
    }

    /// <summary>The points a series' table lists at <paramref name="cuts"/>, newest first: for the sources list too.</summary>
    public static IEnumerable<SeriesPoint> Listed(SeriesView series, DigestCuts cuts) => series.Points.Reverse().Take(cuts.Of(MaxRows));
}
