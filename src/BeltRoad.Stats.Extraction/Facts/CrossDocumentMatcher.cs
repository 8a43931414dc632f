using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// Compares documents: facts from two or more documents with the same metric, subject and date are
/// corroborated when they agree (same unit, value and qualifier) and in conflict when they do not.
/// </summary>
internal static class CrossDocumentMatcher
{
    // A bare noun (「国家」) names no particular figure; matching on it would invent agreements and conflicts.
    private const int MinSubjectLength = 5;

    public static IReadOnlyList<CrossDocumentFinding> Match(IReadOnlyList<Fact> facts) =>
        facts
            .Where(f => Normalize(f.Subject).Length >= MinSubjectLength)
            .GroupBy(f => (f.Metric, Subject: Normalize(f.Subject), AsOf: f.AsOf?.ToString()))
            .Where(g => g.Select(f => f.Doc).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g =>
            {
                var list = g.OrderBy(f => f.Doc, StringComparer.Ordinal).ThenBy(f => f.Span.Start).ToList();
                var agree = list.All(f => f.SameFigure(list[0]));
                return new CrossDocumentFinding(
                    agree ? FindingKind.Corroborated : FindingKind.Conflict,
                    list[0].Key,
                    list.Select(f => f.Id).ToList(),
                    list.Select(f => f.Doc).Distinct(StringComparer.Ordinal).ToList());
            })
            .OrderBy(f => f.Key.Metric.Value, StringComparer.Ordinal)
            .ThenBy(f => f.Key.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Key.AsOf, StringComparer.Ordinal)
            .ToList();

    /// <summary>Subjects compare without punctuation, quotes and spaces: 「“一带一路”贷款」 = 「一带一路贷款」.</summary>
    internal static string Normalize(string subject) =>
        string.Concat(subject.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
