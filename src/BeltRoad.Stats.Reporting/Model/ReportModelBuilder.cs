using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>Builds the <see cref="ReportModel"/> from a fact table; deterministic for the same input.</summary>
internal static class ReportModelBuilder
{
    private const string OtherGroup = "other";

    public static ReportModel Build(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var table = input.Table;
        var factCounts = table.Facts.GroupBy(f => f.Doc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var documents = table.Documents.OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select((d, i) => new DocumentView(d, i + 1, factCounts.GetValueOrDefault(d.Name)))
            .ToList();
        var byName = documents.ToDictionary(d => d.Info.Name, StringComparer.Ordinal);
        var metrics = input.Metrics.GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.Last());

        var (reliability, sources) = Reliabilities(table.Findings);
        var facts = table.Facts
            .OrderBy(f => byName.TryGetValue(f.Doc, out var d) ? d.Number : int.MaxValue)
            .ThenBy(f => f.Span)
            .Select((f, i) => new FactView(
                f,
                i + 1,
                metrics.GetValueOrDefault(f.Metric) ?? new MetricInfo(f.Metric, f.Metric.Value, f.Metric.Value, OtherGroup, 1),
                byName.GetValueOrDefault(f.Doc) ?? Unlisted(f.Doc, documents.Count + 1),
                reliability.GetValueOrDefault(f.Id),
                sources.GetValueOrDefault(f.Id, 1)))
            .ToList();

        var groups = Groups(input, facts, documents);
        var entities = EntitySections.Choose(facts, input.Headlines);
        var quality = Quality(table, facts, metrics);
        return new ReportModel(
            input,
            documents,
            facts,
            HeadlineRule.Choose(facts, input.Headlines),
            groups,
            ChartPlanner.Overview(facts, documents),
            quality)
        {
            ChangeSummary = ChangeReading.Read(input.Changes, facts, documents, quality),
            Outlook = HeadlineRule.Outlook(facts, input.Headlines),
            Entities = entities,
            OtherEntities = EntitySections.Counts(facts, entities),
            RowOf = entities.SelectMany(e => e.Shown.Select(f => (f.Index, e))).ToDictionary(p => p.Index, p => p.e),
        };
    }

    private static List<GroupView> Groups(ReportInput input, List<FactView> facts, List<DocumentView> documents)
    {
        var known = input.Groups.DistinctBy(g => g.Code).ToList();
        var extra = facts.Select(f => f.Metric.Group).Distinct(StringComparer.Ordinal)
            .Where(code => known.All(g => g.Code != code))
            .Order(StringComparer.Ordinal)
            .Select(code => new MetricGroupInfo(code, code == OtherGroup ? "其他" : code, code == OtherGroup ? "Other" : code));
        return known.Concat(extra)
            .Select(group =>
            {
                var members = facts.Where(f => f.Metric.Group == group.Code)
                    .OrderByDescending(f => f.Metric.Priority)
                    .ThenBy(f => f.Metric.Code.Value, StringComparer.Ordinal)
                    .ThenBy(f => f.Index)
                    .ToList();
                return new GroupView(group, members, ChartPlanner.ForGroup(group, members, documents))
                {
                    UnchartedBreakdowns = [.. BreakdownRule.Passages(members).Where(b => b.Violation is not null)],
                };
            })
            .Where(g => g.Facts.Count > 0)
            .ToList();
    }

    private static (Dictionary<string, Reliability>, Dictionary<string, int>) Reliabilities(IReadOnlyList<CrossDocumentFinding> findings)
    {
        var reliability = new Dictionary<string, Reliability>(StringComparer.Ordinal);
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            foreach (var id in finding.FactIds)
            {
                if (finding.Kind == FindingKind.Conflict)
                {
                    reliability[id] = Reliability.Conflicting;
                }
                else if (reliability.GetValueOrDefault(id) != Reliability.Conflicting)
                {
                    reliability[id] = Reliability.Corroborated;
                    sources[id] = Math.Max(sources.GetValueOrDefault(id, 1), finding.Documents.Count);
                }
            }
        }

        return (reliability, sources);
    }

    private static QualityView Quality(FactTable table, List<FactView> facts, Dictionary<MetricCode, MetricInfo> metrics)
    {
        var byId = facts.GroupBy(f => f.Fact.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        FindingView View(CrossDocumentFinding finding) => new(
            finding,
            metrics.GetValueOrDefault(finding.Key.Metric) ?? new MetricInfo(finding.Key.Metric, finding.Key.Metric.Value, finding.Key.Metric.Value, OtherGroup, 1),
            [.. finding.FactIds.Select(id => byId.GetValueOrDefault(id)).OfType<FactView>().OrderBy(f => f.Index)]);
        var findings = table.Findings.Select(View).OrderBy(f => f.Facts.Count == 0 ? int.MaxValue : f.Facts[0].Index).ToList();
        var skipped = table.Skipped.OrderBy(s => s.Doc, StringComparer.Ordinal).ThenBy(s => s.Span).ToList();
        return new QualityView(
            [.. findings.Where(f => f.Finding.Kind == FindingKind.Conflict)],
            [.. findings.Where(f => f.Finding.Kind == FindingKind.Corroborated)],
            [.. facts.Where(f => f.Fact.Occurrences.Count > 1)],
            [.. skipped.GroupBy(s => s.Reason, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).OrderByDescending(r => r.Item2).ThenBy(r => r.Key, StringComparer.Ordinal)],
            [.. skipped.GroupBy(s => s.Reason, StringComparer.Ordinal).SelectMany(g => g.DistinctBy(s => s.Text).Take(3)).Take(12)],
            [.. table.Issues]);
    }

    private static DocumentView Unlisted(string name, int number) =>
        new(new DocumentInfo(name, "", 0, "", DocumentLanguage.ZhHans, name, null, 0), number, 0);
}
