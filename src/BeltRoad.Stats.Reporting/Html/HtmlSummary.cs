using System.Globalization;
using System.Text;
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

    /// <summary>Rows per kind of change, as in the digest; the counts in the sentence above are complete.</summary>
    private const int MaxChangesShown = 30;

    public static void Headlines(StringBuilder sb, ReportModel model)
    {
        sb.Append("<section id=\"headlines\">\n<h2>要点数据</h2>\n<p class=\"note\">").Text(HeadlineRule.Description).Append("</p>\n<div class=\"cards\">\n");
        foreach (var card in model.Headlines)
        {
            var f = card.View;
            var charted = model.Charts.Any(c => c.Series == card.Series);
            sb.Append("<a class=\"card\"").Attr("href", "#" + (charted ? HtmlCharts.Id(card.Series.Stem) : f.Anchor)).Append('>')
                .Element("span", f.QualifiedValue, "value")
                .Element("span", card.Label, "label")
                .Element("span", card.Change, "change")
                .Element("span", "截至 " + card.Latest.PeriodWords + " · " + card.Latest.Citation + " " + f.Document.ShortTitle + " · " + f.ReliabilityWord, "meta")
                .Append("</a>\n");
        }

        sb.Append("</div>\n</section>\n");
    }

    /// <summary>「与上次相比」 as the digest reads it (documents, new points, revisions, conflicts); absent on a first run.</summary>
    public static void Changes(StringBuilder sb, ReportModel model)
    {
        if (model.Input.Changes is null)
        {
            return;
        }

        var s = model.ChangeSummary;
        sb.Append("<section id=\"changes\">\n<h2>与上次相比</h2>\n<p>").Text(ChangesSection.Sentence(s)).Append("</p>\n");
        if (!s.IsEmpty)
        {
            sb.Append("<ul>\n");
            foreach (var d in s.AddedDocuments.Take(MaxChangesShown))
            {
                sb.Append("<li>新增文件 <a").Attr("href", "#" + d.Anchor).Append('>').Text(d.Ref).Append("</a> ")
                    .Text(d.Title + string.Create(CultureInfo.InvariantCulture, $"（{d.FactCount} 条数据）")).Append("</li>\n");
            }

            foreach (var name in s.RemovedDocuments.Take(MaxChangesShown))
            {
                sb.Element("li", "移除文件 " + name);
            }

            sb.Append("</ul>\n<div class=\"wide\"><table class=\"plain\"><thead><tr><th>变化</th><th>主体 · 指标</th><th>截至</th><th>之前</th><th>现在</th><th>来源</th></tr></thead><tbody>\n");
            foreach (var point in s.NewPoints.Take(MaxChangesShown))
            {
                ChangeRow(sb, "系列新数据点", point, "—");
            }

            foreach (var (before, after) in s.Revisions.Take(MaxChangesShown))
            {
                ChangeRow(sb, "数值修订", after, FactText.QualifiedValue(before));
            }

            foreach (var (word, findings) in new[] { ("新出现的出入", s.ConflictsAppeared), ("已消除的出入", s.ConflictsResolved) })
            {
                foreach (var finding in findings.Take(MaxChangesShown))
                {
                    foreach (var fact in finding.Facts.Shown)
                    {
                        ChangeRow(sb, word, fact, "—");
                    }

                    if (FactRows.Rest(finding.Facts.Count, "条") is { } rest)
                    {
                        sb.Append("<tr>").Element("td", word).Append("<td colspan=\"5\">").Text(rest.TrimStart()).Append("</td></tr>\n");
                    }
                }
            }

            sb.Append("</tbody></table></div>\n");
        }

        sb.Append("</section>\n");
    }

    private static void ChangeRow(StringBuilder sb, string word, FactView fact, string before) =>
        sb.Append("<tr>").Element("td", word).Element("td", fact.EntityIndicator).Element("td", fact.AsOfText).Element("td", before)
            .Element("td", fact.QualifiedValue).Append("<td><a").Attr("href", "#" + fact.Anchor).Append('>').Text(fact.Citation).Append("</a></td></tr>\n");

    public static void Quality(StringBuilder sb, ReportModel model)
    {
        var q = model.Quality;
        sb.Append("<section id=\"quality\">\n<h2>数据质量</h2>\n<ul>\n")
            .Element("li", string.Create(CultureInfo.InvariantCulture, $"文件间数值有出入：{q.Conflicts.Count} 组"))
            .Element("li", string.Create(CultureInfo.InvariantCulture, $"多份文件相互印证：{q.Corroborated.Count} 组"))
            .Element("li", string.Create(CultureInfo.InvariantCulture, $"同一文件内重复陈述、已合并：{q.MergedRepeats.Count} 条（{q.MergedRepeats.MergedOccurrences} 处）"));
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
            foreach (var f in conflict.Facts.Shown)
            {
                sb.Append("<a").Attr("href", "#" + f.Anchor).Append('>').Text(f.Document.Ref + " " + f.QualifiedValue).Append("</a> ");
            }

            if (FactRows.Rest(conflict.Facts.Count, "条") is { } rest)
            {
                sb.Text(rest.TrimStart());
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
