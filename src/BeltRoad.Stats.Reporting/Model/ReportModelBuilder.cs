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
        var source = input.Facts;
        var documents = source.Documents().Select((d, i) => new DocumentView(d.Document, i + 1, d.Facts)).ToList();
        var byName = documents.ToDictionary(d => d.Info.Name, StringComparer.Ordinal);
        var metrics = Metrics(input);
        var findings = source.Findings();
        var members = findings.Select(_ => new List<FactView>()).ToList();

        // Only the facts the changes name are looked up by id: no map of every fact.
        var named = (input.Changes?.Items ?? []).Select(c => c.After?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var byId = new Dictionary<string, FactView>(StringComparer.Ordinal);
        var facts = new List<FactView>(documents.Sum(d => d.FactCount));
        var (doc, document) = ((string?)null, (DocumentView?)null);
        var (code, metric) = (default(MetricCode), (MetricInfo?)null);
        foreach (var (f, finding) in source.Facts())
        {
            // The facts come by document: a name is hashed once per run of its facts, not per fact.
            if (document is null || !string.Equals(f.Doc, doc, StringComparison.Ordinal))
            {
                doc = f.Doc;
                document = byName.GetValueOrDefault(doc);
            }

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

            var (reliability, sources) = finding is { } number ? Corroboration(findings[number - 1]) : (default, 1);
            var view = new FactView(f, facts.Count + 1, metric, document ?? Unlisted(f.Doc, documents.Count + 1), reliability, sources);
            facts.Add(view);
            if (finding is { } member)
            {
                members[member - 1].Add(view);
            }

            if (named.Contains(f.Id))
            {
                byId[f.Id] = view;
            }
        }

        return new ReportViews(documents, facts, id => byId.GetValueOrDefault(id), findings, members);
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
        var (documents, facts) = (views.Documents, views.Facts);
        var metrics = Metrics(input);

        var pass = ReportPass.Over(facts, input.Headlines, input.Changes);
        var series = pass.Series.Build();
        var headlines = HeadlineRule.Choose(series, input.Headlines);
        var headlineSeries = headlines.Select(h => h.Series.Number).ToHashSet();

        // The groups' charts are the largest share: planned on the other core while this one reads the rest.
        var groups = BesideThread.Run(() => Groups(input, pass.Groups, series, headlineSeries));
        var entities = EntitySections.Choose(pass.Entities, input.Headlines);
        var quality = Quality(input.Facts, views, metrics, pass.Repeats);
        return new ReportModel(
            input,
            documents,
            facts,
            headlines,
            groups.GetAwaiter().GetResult(),
            ChartPlanner.Overview(pass.Metrics, pass.DocumentFacts, documents),
            quality)
        {
            Series = series,
            ChangeSummary = ChangeReading.Read(input.Changes, pass.Stated, views.ViewOf, documents, quality),
            Outlook = pass.Outlook,
            FactCount = pass.Count,
            Filters = pass.Filters,
            Entities = entities,
            EntityCount = pass.Entities.Entities.Count,
            OtherEntities = EntitySections.Counts(pass.Entities, entities),
            RowOf = entities.SelectMany(e => e.Shown.Select(f => (f.Index, e))).ToDictionary(p => p.Index, p => p.e),
        };
    }

    private static Dictionary<MetricCode, MetricInfo> Metrics(ReportInput input) =>
        input.Metrics.GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.Last());

    private static List<GroupView> Groups(ReportInput input, Dictionary<string, GroupTally> byGroup, SeriesSet series, HashSet<int> headlines)
    {
        var drawable = series.Drawable.ToLookup(s => s.Metric.Group, StringComparer.Ordinal);
        var known = input.Groups.DistinctBy(g => g.Code).ToList();
        var extra = byGroup.Keys
            .Where(code => known.All(g => g.Code != code))
            .Order(StringComparer.Ordinal)
            .Select(code => new MetricGroupInfo(code, code == OtherGroup ? "其他" : code, code == OtherGroup ? "Other" : code));
        return known.Concat(extra)
            .Where(group => byGroup.ContainsKey(group.Code))
            .Select(group =>
            {
                var tally = byGroup[group.Code];
                return new GroupView(group, tally.Count, ChartPlanner.ForGroup(group, tally, [.. drawable[group.Code]], headlines))
                {
                    UnchartedBreakdowns = tally.Uncharted.First,
                    UnchartedCount = tally.Uncharted.Total,
                };
            })
            .ToList();
    }

    // A per-fact loop: optimized at once (see ReportModelBuilder.Views).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static QualityView Quality(IReportFacts source, ReportViews views, Dictionary<MetricCode, MetricInfo> metrics, RepeatsView repeats)
    {
        FindingView View(CrossDocumentFinding finding, int i) => new(
            finding,
            metrics.GetValueOrDefault(finding.Key.Metric) ?? Uncatalogued(finding.Key.Metric),
            views.FindingMembers[i]);
        var findings = views.Findings.Select(View).OrderBy(f => f.Facts.Count == 0 ? int.MaxValue : f.Facts[0].Index).ToList();
        return new QualityView(
            [.. findings.Where(f => f.Finding.Kind == FindingKind.Conflict)],
            [.. findings.Where(f => f.Finding.Kind == FindingKind.Corroborated)],
            repeats,
            SkippedSummary.ByReason(source.SkippedByReason()),
            SkippedSummary.Examples(source.Skipped()),
            [.. source.Issues()]);
    }

    private static MetricInfo Uncatalogued(MetricCode code) => new(code, code.Value, code.Value, OtherGroup, 1);

    private static DocumentView Unlisted(string name, int number) =>
        new(new DocumentInfo(name, "", 0, "", DocumentLanguage.ZhHans, name, null, 0), number, 0);
}
