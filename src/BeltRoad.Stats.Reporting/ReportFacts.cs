using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting;

/// <summary>The report's facts read from a fact table held in memory (tests, and a run that holds its table).</summary>
public static class ReportFacts
{
    public static IReportFacts Of(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new TableFacts(table);
    }

    private sealed class TableFacts(FactTable table) : IReportFacts
    {
        public IReadOnlyList<(DocumentInfo Document, int Facts)> Documents()
        {
            var counts = TableCounts.FactsByDocument(table);
            return [.. table.Documents.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => (d, counts.GetValueOrDefault(d.Name)))];
        }

        public IEnumerable<(Fact Fact, int? Finding)> Facts()
        {
            // The facts come by document: a name is looked up once per run of its facts, not per fact.
            var number = table.Documents.Select(d => d.Name).Order(StringComparer.Ordinal).Select((name, i) => (name, i))
                .ToDictionary(d => d.name, d => d.i, StringComparer.Ordinal);
            var membership = FindingMembership.Of(table);
            var numbers = new int[table.Facts.Count];
            foreach (var run in DocumentRuns.Of(table))
            {
                Array.Fill(numbers, number.TryGetValue(run.Doc, out var n) ? n : int.MaxValue, run.First, run.Count);
            }

            var facts = table.Facts;
            foreach (var i in StableOrder.By(Enumerable.Range(0, numbers.Length).ToList(), i => (numbers[i], facts[i].Span)))
            {
                yield return (facts[i], membership.FindingByFact[i]);
            }
        }

        public IReadOnlyList<CrossDocumentFinding> Findings() => table.Findings;

        public IReadOnlyDictionary<string, int> SkippedByReason() => TableCounts.SkippedByReason(table);

        public IEnumerable<SkippedMention> Skipped() => table.Skipped;

        public IReadOnlyList<RunIssue> Issues() => table.Issues;
    }
}
