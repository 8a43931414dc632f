using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>Builds the <see cref="ReportModel"/> from a fact table; deterministic for the same input.</summary>
internal static class ReportModelBuilder
{
    private const string OtherGroup = "other";

    public static ReportModel Build(ReportInput input) => Build(input, Views(input));

    /// <summary>The documents and facts as the report numbers and orders them: what the HTML view's rows need, before the rest of the model.</summary>
    // Per-fact loops of the report are compiled optimized at once: in a new process the step ends before tiered
    // compilation would replace their tier-0 code (perf of a new-process +1 run: a quarter of the step's samples).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReportViews Views(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var table = input.Table;
        // The facts come by document: a name is hashed once per run of its facts, not per fact (and the runs found once).
        var runs = DocumentRuns.Of(table);
        var factCounts = TableCounts.FactsByDocument(table);

        var documents = table.Documents.OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select((d, i) => new DocumentView(d, i + 1, factCounts.GetValueOrDefault(d.Name)))
            .ToList();
        var byName = documents.ToDictionary(d => d.Info.Name, StringComparer.Ordinal);
        var metrics = Metrics(input);

        var (corroboration, members) = Corroborations(table.Findings, input.Changes);
        var numbers = new int[table.Facts.Count];
        foreach (var run in runs)
        {
            Array.Fill(numbers, byName.TryGetValue(run.Doc, out var d) ? d.Number : int.MaxValue, run.First, run.Count);
        }

        var ordered = StableOrder.By(Enumerable.Range(0, numbers.Length).ToList(), i => (numbers[i], table.Facts[i].Span));
        var facts = new List<FactView>(ordered.Count);
        var (code, metric) = (default(MetricCode), (MetricInfo?)null);
        foreach (var i in ordered)
        {
            var f = table.Facts[i];
            var corroborated = corroboration.GetValueOrDefault(f.Id);
            // Facts of one sentence mostly share their metric: a code is hashed when it changes.
            if (metric is null || f.Metric != code)
            {
                code = f.Metric;
                if (!metrics.TryGetValue(code, out metric))
                {
                    // One info per uncatalogued metric, as for a catalogued one: the groups' pass hashes a code when the info changes.
                    metrics.Add(code, metric = Uncatalogued(code));
                }
            }

            var view = new FactView(
                f,
                facts.Count + 1,
                metric,
                numbers[i] == int.MaxValue ? Unlisted(f.Doc, documents.Count + 1) : documents[numbers[i] - 1],
                corroborated?.Reliability ?? default,
                corroborated?.Sources ?? 1);
            facts.Add(view);
            if (corroborated is not null)
            {
                // The first view of an id, as the findings and changes name it.
                corroborated.View ??= view;
            }
        }

        // The findings' and changes' ids are read from the one lookup per fact, not copied into an index of their own.
        return new ReportViews(documents, facts, id => corroboration.GetValueOrDefault(id)?.View, [.. members.Select(Made)]);
    }

    /// <summary>The views made of a finding's members, in its order (ids not in the table have none).</summary>
    private static List<FactView> Made(List<Corroboration> members)
    {
        var made = new List<FactView>(members.Count);
        foreach (var m in members)
        {
            if (m.View is { } view)
            {
                made.Add(view);
            }
        }

        return made;
    }

    /// <summary>The model over the <paramref name="views"/> <see cref="Views"/> gave for the same input.</summary>
    public static ReportModel Build(ReportInput input, ReportViews views)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(views);
        var (table, documents, facts) = (input.Table, views.Documents, views.Facts);
        var metrics = Metrics(input);

        // The groups' charts are the largest share: planned on the other core while this one reads the rest.
        var groups = Task.Run(() => Groups(input, facts, documents));
        var byName = EntitySections.ByName(facts);
        var entities = EntitySections.Choose(byName, input.Headlines);
        var quality = Quality(table, views, metrics);
        var headlines = HeadlineRule.Choose(facts, byName, input.Headlines);
        return new ReportModel(
            input,
            documents,
            facts,
            headlines,
            groups.GetAwaiter().GetResult(),
            ChartPlanner.Overview(facts, documents),
            quality)
        {
            ChangeSummary = ChangeReading.Read(input.Changes, facts, views.ViewOf, documents, quality),
            Outlook = HeadlineRule.Outlook(facts, input.Headlines),
            Entities = entities,
            EntityCount = byName.Count,
            OtherEntities = EntitySections.Counts(byName, entities),
            RowOf = entities.SelectMany(e => e.Shown.Select(f => (f.Index, e))).ToDictionary(p => p.Index, p => p.e),
        };
    }

    private static Dictionary<MetricCode, MetricInfo> Metrics(ReportInput input) =>
        input.Metrics.GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.Last());

    private static List<GroupView> Groups(ReportInput input, List<FactView> facts, List<DocumentView> documents)
    {
        var known = input.Groups.DistinctBy(g => g.Code).ToList();
        var byGroup = MetricRuns.Of(facts);
        var extra = byGroup.Keys
            .Where(code => known.All(g => g.Code != code))
            .Order(StringComparer.Ordinal)
            .Select(code => new MetricGroupInfo(code, code == OtherGroup ? "其他" : code, code == OtherGroup ? "Other" : code));
        return known.Concat(extra)
            .Select(group =>
            {
                var runs = byGroup.GetValueOrDefault(group.Code) ?? MetricRuns.None;
                var passages = BreakdownRule.InDocumentOrder(runs.InDocumentOrder());
                return new GroupView(group, runs.ByMetric, ChartPlanner.ForGroup(group, runs.ByMetric, passages))
                {
                    UnchartedBreakdowns = [.. passages.Where(b => b.Violation is not null)],
                };
            })
            .Where(g => g.Facts.Count > 0)
            .ToList();
    }

    /// <summary>
    /// Each finding member's reliability and number of sources, by fact id: one lookup per fact, not one per field; with
    /// an entry (single source) for each fact the changes name, so one lookup per fact also finds the views the
    /// data-quality section and the changes read. Each finding's members are its entries in its order.
    /// </summary>
    private static (Dictionary<string, Corroboration> ById, List<List<Corroboration>> Members) Corroborations(
        IReadOnlyList<CrossDocumentFinding> findings, FactChanges? changes)
    {
        // Sized for every member at once: a large corpus's findings hold 120,000 facts, which growing would hash again and again.
        var byId = new Dictionary<string, Corroboration>(findings.Sum(f => f.FactIds.Count), StringComparer.Ordinal);
        var members = new List<List<Corroboration>>(findings.Count);
        foreach (var finding in findings)
        {
            var entries = new List<Corroboration>(finding.FactIds.Count);
            members.Add(entries);
            foreach (var id in finding.FactIds)
            {
                if (!byId.TryGetValue(id, out var c))
                {
                    byId.Add(id, c = new Corroboration());
                }

                entries.Add(c);

                if (finding.Kind == FindingKind.Conflict)
                {
                    c.Reliability = Reliability.Conflicting;
                }
                else if (c.Reliability != Reliability.Conflicting)
                {
                    c.Reliability = Reliability.Corroborated;
                    c.Sources = Math.Max(c.Sources, finding.Documents.Count);
                }
            }
        }

        foreach (var change in changes?.Items ?? [])
        {
            if (change.After is { } after)
            {
                byId.TryAdd(after.Id, new Corroboration());
            }
        }

        return (byId, members);
    }

    // A per-fact loop: optimized at once (see ReportModelBuilder.Views).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static QualityView Quality(FactTable table, ReportViews views, Dictionary<MetricCode, MetricInfo> metrics)
    {
        var facts = views.Facts;
        FindingView View(CrossDocumentFinding finding, int i) => new(
            finding,
            metrics.GetValueOrDefault(finding.Key.Metric) ?? Uncatalogued(finding.Key.Metric),
            StableOrder.By(views.FindingMembers[i], f => f.Index));
        var findings = table.Findings.Select(View).OrderBy(f => f.Facts.Count == 0 ? int.MaxValue : f.Facts[0].Index).ToList();
        return new QualityView(
            [.. findings.Where(f => f.Finding.Kind == FindingKind.Conflict)],
            [.. findings.Where(f => f.Finding.Kind == FindingKind.Corroborated)],
            [.. facts.Where(f => f.Fact.Occurrences.Count > 1)],
            SkippedSummary.ByReason(table),
            SkippedSummary.Examples(table.Skipped),
            [.. table.Issues]);
    }

    private static MetricInfo Uncatalogued(MetricCode code) => new(code, code.Value, code.Value, OtherGroup, 1);

    private static DocumentView Unlisted(string name, int number) =>
        new(new DocumentInfo(name, "", 0, "", DocumentLanguage.ZhHans, name, null, 0), number, 0);

    /// <summary>What the findings say of one fact: a finding entry the walk over the findings updates in place.</summary>
    private sealed class Corroboration
    {
        public Reliability Reliability { get; set; }

        public int Sources { get; set; } = 1;

        /// <summary>The first view of the fact with this id, in the report's order; null while none is made (or the id is not in the table).</summary>
        public FactView? View { get; set; }
    }
}
