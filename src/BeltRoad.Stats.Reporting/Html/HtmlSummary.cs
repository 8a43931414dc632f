using System.Globalization;
using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Digest;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>The page's short sections: headline cards, changes since the last run, data quality.</summary>
internal static class HtmlSummary
{
    /// <summary>A large corpus has thousands of conflicts: the page lists the first ones and names the files holding all.</summary>
    public const int MaxConflictsShown = 50;

    public static void Headlines(StringBuilder sb, ReportModel model)
    {
        sb.Append("<section id=\"headlines\">\n<h2>要点数据</h2>\n<p class=\"note\">").Text(HeadlineRule.Description).Append("</p>\n<div class=\"cards\">\n");
        foreach (var f in model.Headlines)
        {
            sb.Append("<a class=\"card\"").Attr("href", "#" + f.Anchor).Append('>')
                .Element("span", f.QualifiedValue, "value")
                .Element("span", f.Metric.LabelZh + "｜" + f.SubjectText, "label")
                .Element("span", "截至 " + f.AsOfText + " · " + f.Citation + " " + f.Document.ShortTitle + " · " + f.ReliabilityWord, "meta")
                .Append("</a>\n");
        }

        sb.Append("</div>\n</section>\n");
    }

    public static void Changes(StringBuilder sb, ReportModel model)
    {
        if (model.Changes.Count == 0)
        {
            return;
        }

        var changes = model.Input.Changes!;
        sb.Append("<section id=\"changes\">\n<h2>与上次相比</h2>\n<p>").Text(string.Create(CultureInfo.InvariantCulture,
            $"与运行 {changes.PreviousRunId} 相比：新增 {changes.Count(FactChangeKind.Added)} 条，删除 {changes.Count(FactChangeKind.Removed)} 条，数值变化 {changes.Count(FactChangeKind.Changed)} 条。")).Append("</p>\n");
        sb.Append("<div class=\"wide\"><table class=\"plain\"><thead><tr><th>变化</th><th>指标</th><th>主体</th><th>之前</th><th>现在</th><th>文件</th></tr></thead><tbody>\n");
        foreach (var change in changes.Items)
        {
            var fact = (change.After ?? change.Before)!;
            sb.Append("<tr>").Element("td", ChangesSection.Word(change.Kind)).Element("td", change.Key.Metric.Value).Element("td", change.Key.Subject)
                .Element("td", change.Before is null ? "—" : FactText.QualifiedValue(change.Before))
                .Element("td", change.After is null ? "—" : FactText.QualifiedValue(change.After))
                .Element("td", fact.Doc).Append("</tr>\n");
        }

        sb.Append("</tbody></table></div>\n</section>\n");
    }

    public static void Quality(StringBuilder sb, ReportModel model)
    {
        var q = model.Quality;
        sb.Append("<section id=\"quality\">\n<h2>数据质量</h2>\n<ul>\n")
            .Element("li", string.Create(CultureInfo.InvariantCulture, $"文件间数值有出入：{q.Conflicts.Count} 组"))
            .Element("li", string.Create(CultureInfo.InvariantCulture, $"多份文件相互印证：{q.Corroborated.Count} 组"))
            .Element("li", string.Create(CultureInfo.InvariantCulture, $"同一文件内重复陈述、已合并：{q.MergedRepeats.Count} 条（{q.MergedOccurrences} 处）"));
        foreach (var (reason, count) in q.SkippedByReason)
        {
            sb.Element("li", string.Create(CultureInfo.InvariantCulture, $"未计入（{SkipReasonWords.Of(reason)}）：{count} 处"));
        }

        foreach (var issue in q.Issues)
        {
            sb.Element("li", issue.ToString(), "issue");
        }

        sb.Append("</ul>\n");
        foreach (var conflict in q.Conflicts.Take(MaxConflictsShown))
        {
            sb.Append("<p class=\"conflict\">").Text(conflict.Metric.LabelZh + "｜" + conflict.Finding.Key.Subject + "：");
            foreach (var f in conflict.Facts)
            {
                sb.Append("<a").Attr("href", "#" + f.Anchor).Append('>').Text(f.Document.Ref + " " + f.QualifiedValue).Append("</a> ");
            }

            sb.Append("</p>\n");
        }

        if (q.Conflicts.Count > MaxConflictsShown)
        {
            sb.Append("<p class=\"note\">").Text(string.Create(CultureInfo.InvariantCulture,
                $"以上为前 {MaxConflictsShown} 组；全部 {q.Conflicts.Count} 组见 facts.sqlite 的 findings 表。")).Append("</p>\n");
        }

        HtmlCharts.ProgramStatistics(sb, model);
        sb.Append("</section>\n");
    }
}
