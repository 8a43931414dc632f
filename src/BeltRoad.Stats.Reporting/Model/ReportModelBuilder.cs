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

    /// <summary>The facts as the report numbers them, one at a time (the page's rows, tests).</summary>
    public static IEnumerable<FactView> Facts(ReportInput input, IReadOnlyList<DocumentView> documents) =>
        Stream(input, documents, input.Facts.Findings()).Select(v => v.View);

    /// <summary>The listed documents, numbered from 1 in name order, each with its fact count.</summary>
    public static List<DocumentView> Documents(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return [.. input.Facts.Documents().Select((d, i) => new DocumentView(d.Document, i + 1, d.Facts))];
    }

    public static ReportViews Views(ReportInput input) => Views(input, Documents(input));

    /// <summary>
    /// One pass over the facts (<see cref="ReportPass"/>): the model's counts and cut lists, the findings' members as printed and
    /// the views of the facts the changes name. No list of every fact is made.
    /// </summary>
    public static ReportViews Views(ReportInput input, List<DocumentView> documents) => Views(input, documents, null);

    /// <summary>The same pass, handing each view on to <paramref name="beside"/> as it is made (the page's rows: one read of the facts for both).</summary>
    public static ReportViews Views(ReportInput input, List<DocumentView> documents, SharedRead<FactView>? beside)
    {
        ArgumentNullException.ThrowIfNull(input);
        var findings = input.Facts.Findings();
        var members = findings.Select(_ => new FindingMembers()).ToList();

        // Only the facts the changes name are looked up by id: no map of every fact.
        var named = (input.Changes?.Items ?? []).Select(c => c.After?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var byId = new Dictionary<string, FactView>(StringComparer.Ordinal);
        var pass = new ReportPass(input.Headlines, input.Changes);
        foreach (var (view, finding) in Stream(input, documents, findings))
        {
            beside?.Add(view);
            pass.Add(view);
            if (finding is { } member)
            {
                members[member - 1].Add(view);
            }

            if (named.Contains(view.Fact.Id))
            {
                byId[view.Fact.Id] = view;
            }
        }

        return new ReportViews(documents, pass, id => byId.GetValueOrDefault(id), findings, members);
    }

    /// <summary>
    /// The facts as the report numbers and orders them, each as its view with its finding's number, read from the source
    /// one at a time and kept by nobody: the model's pass and the page's rows each read them so.
    /// </summary>
    // Per-fact loops of the report are compiled optimized at once: in a new process the step ends before tiered
    // compilation would replace their tier-0 code (perf of a new-process +1 run: a quarter of the step's samples).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IEnumerable<(FactView View, int? Finding)> Stream(ReportInput input, IReadOnlyList<DocumentView> documents, IReadOnlyList<CrossDocumentFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(input);
        var byName = documents.ToDictionary(d => d.Info.Name, StringComparer.Ordinal);
        var metrics = Metrics(input);
        var index = 0;
        var (doc, document) = ((string?)null, (DocumentView?)null);
        var (code, metric) = (default(MetricCode), (MetricInfo?)null);
        foreach (var (f, finding) in input.Facts.Facts())
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
            yield return (new FactView(f, ++index, metric, document ?? Unlisted(f.Doc, documents.Count + 1), reliability, sources), finding);
        }
    }

    /// <summary>What a finding says of each of its members: conflicting, or corroborated by its documents.</summary>
    private static (Reliability Reliability, int Sources) Corroboration(CrossDocumentFinding finding) => finding.Kind switch
    {
        FindingKind.Conflict => (Reliability.Conflicting, 1),
        FindingKind.Corroborated => (Reliability.Corroborated, Math.Max(1, finding.Documents.Count)),
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding.Kind, "A finding kind the report does not know."),
    };

    /// <summary>The model over the <paramref name="views"/> <see cref="Views(ReportInput)"/> gave for the same input.</summary>
    public static ReportModel Build(ReportInput input, ReportViews views)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(views);
        var (documents, pass) = (views.Documents, views.Pass);
        var metrics = Metrics(input);

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

    // A per-fact loop: optimized at once (see ReportModelBuilder.Stream).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static QualityView Quality(IReportFacts source, ReportViews views, Dictionary<MetricCode, MetricInfo> metrics, RepeatsView repeats)
    {
        FindingView View(CrossDocumentFinding finding, int i) => new(
            finding,
            metrics.GetValueOrDefault(finding.Key.Metric) ?? Uncatalogued(finding.Key.Metric),
            views.FindingMembers[i]);
        var findings = views.Findings.Select(View).OrderBy(f => f.Facts.First?.Index ?? int.MaxValue).ToList();
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
