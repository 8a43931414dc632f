using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

/// <summary>Value-level views of tables, because records holding lists compare by reference.</summary>
internal static class TableShape
{
    public static List<string> Facts(FactTable table) => [.. table.Facts.Select(Fact)];

    public static string Fact(Fact f) => string.Join(" | ",
        f.Id, f.Doc, f.Metric, f.Subject, DecimalText.Format(f.Value), f.ValueHigh is { } h ? DecimalText.Format(h) : "-",
        f.Unit, f.Qualifier, f.AsOf?.ToString() ?? "-", f.SectionPath, f.Quote, f.Span, string.Join(";", FactSpans(f)), f.Measure ?? "-");

    public static List<string> Findings(FactTable table) =>
        [.. table.Findings.Select(x => $"{x.Kind} {x.Key} [{string.Join(",", x.FactIds)}] [{string.Join(",", x.Documents)}]")];

    private static IEnumerable<SourceSpan> FactSpans(Fact f) => f.Occurrences.Count > 0 ? f.Occurrences : [f.Span];
}
