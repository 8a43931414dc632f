using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting;

/// <summary>
/// Everything the reading side is made from: the facts (a table in memory or a store, read in the report's order), what
/// the metrics and groups are called, the data date (never the clock) and the program version. Same input, same bytes out.
/// </summary>
public sealed record ReportInput(
    IReportFacts Facts,
    IReadOnlyList<MetricInfo> Metrics,
    IReadOnlyList<MetricGroupInfo> Groups,
    DateOnly DataDate,
    string ProgramVersion)
{
    /// <summary>The report of a fact table held in memory.</summary>
    public ReportInput(FactTable table, IReadOnlyList<MetricInfo> metrics, IReadOnlyList<MetricGroupInfo> groups, DateOnly dataDate, string programVersion)
        : this(ReportFacts.Of(table), metrics, groups, dataDate, programVersion)
    {
    }

    /// <summary>What changed since the previous published run, shown as 「与上次相比」 when it has items.</summary>
    public FactChanges? Changes { get; init; }

    /// <summary>The headline series the digest leads with: the built-in catalogue, or with the user's Headlines.File.</summary>
    public HeadlineCatalog Headlines { get; init; } = HeadlineCatalog.Default;

    /// <summary>
    /// The entity catalogue's aliases by canonical name (simplified, traditional, English), so the HTML view's search finds
    /// a fact by any name of its entity. Carried from the catalogue the run used, never a second list.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> EntityAliases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Called once the facts' one read has ended (the model and the page's rows are made), before the page, the charts and
    /// the digest: the moment the pass's garbage is all dead (the run compacts its heap there). Nothing by default.
    /// </summary>
    public Action PassEnded { get; init; } = () => { };
}
