using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Planning;
using BeltRoad.Stats.Reporting.Series;

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

        // Each fact's finding by its place, as the exports read it (one relation per table, built by whichever asks first).
        var membership = FindingMembership.Of(table);
        var numbers = new int[table.Facts.Count];
        foreach (var run in runs)
        {
            Array.Fill(numbers, byName.TryGetValue(run.Doc, out var d) ? d.Number : int.MaxValue, run.First, run.Count);
        }

        var ordered = StableOrder.By(Enumerable.Range(0, numbers.Length).ToList(), i => (numbers[i], table.Facts[i].Span));
        var facts = new List<FactView>(ordered.Count);
        var byPlace = new FactView[numbers.Length];
        var (code, metric) = (default(MetricCode), (MetricInfo?)null);
        foreach (var i in ordered)
        {
            var f = table.Facts[i];
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

            var (reliability, sources) = membership.FindingByFact[i] is { } number ? Corroboration(table.Findings[number - 1]) : (default, 1);
            facts.Add(byPlace[i] = new FactView(
                f,
                facts.Count + 1,
                metric,
                numbers[i] == int.MaxValue ? Unlisted(f.Doc, documents.Count + 1) : documents[numbers[i] - 1],
                reliability,
                sources));
        }

        var members = Enumerable.Range(0, table.Findings.Count).Select(i => membership.Members(i).Select(place => byPlace[place]).ToList()).ToList();
        return new ReportViews(documents, facts, id => membership.PlaceOf(id) is { } place ? byPlace[place] : null, members);
    }

    /// <summary>What a finding says of each of its members: conflicting, or corroborated by its documents.</summary>
    private static (Reliability Reliability, int Sources) Corroboration(CrossDocumentFinding finding) => finding.Kind switch
    {
        FindingKind.Conflict => (Reliability.Conflicting, 1),
        FindingKind.Corroborated => (Reliability.Corroborated, Math.Max(1, finding.Documents.Count)),
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding.Kind, "A finding kind the report does not know."),
    };

    /// <summary>The model over the <paramref name="views"/> <see cref="Views"/> gave for the same input.</summary>
    public static ReportModel Build(ReportInput input, ReportViews views)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(views);
        var (table, documents, facts) = (input.Table, views.Documents, views.Facts);
        var metrics = Metrics(input);

        var series = SeriesBuilder.Build(facts);
        var headlines = HeadlineRule.Choose(series, input.Headlines);
        var headlineSeries = headlines.Select(h => h.Series.Number).ToHashSet();

        // The groups' charts are the largest share: planned on the other core while this one reads the rest.
        var groups = BesideThread.Run(() => Groups(input, facts, series, headlineSeries));
        var byName = EntitySections.ByName(facts);
        var entities = EntitySections.Choose(byName, input.Headlines);
        var quality = Quality(table, views, metrics);
        return new ReportModel(
            input,
            documents,
            facts,
            headlines,
            groups.GetAwaiter().GetResult(),
            ChartPlanner.Overview(facts, documents),
            quality)
        {
            Series = series,
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

    private static List<GroupView> Groups(ReportInput input, List<FactView> facts, SeriesSet series, HashSet<int> headlines)
    {
        var drawable = series.Drawable.ToLookup(s => s.Metric.Group, StringComparer.Ordinal);
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
                return new GroupView(group, runs.ByMetric, ChartPlanner.ForGroup(group, runs.ByMetric, passages, [.. drawable[group.Code]], headlines))
                {
                    UnchartedBreakdowns = [.. passages.Where(b => b.Violation is not null)],
                };
            })
            .Where(g => g.Facts.Count > 0)
            .ToList();
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
}
