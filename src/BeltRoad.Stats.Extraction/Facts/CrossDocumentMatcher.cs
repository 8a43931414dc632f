using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// Compares documents by series, whatever their wording: facts of one series (entity, indicator, unit, aggregation,
/// nature) from two or more documents for the same as_of are corroborated when they agree (same unit, value and
/// qualifier) and in conflict when they do not. A level stated without a date is as of its document; two levels of
/// one series in the same year that agree corroborate each other (000 and 001 both say 150多个国家 signed), but only
/// the same as_of can conflict: a level may grow within a year.
/// </summary>
internal static class CrossDocumentMatcher
{
    public static IReadOnlyList<CrossDocumentFinding> Match(IReadOnlyList<Fact> facts, IReadOnlyDictionary<string, PeriodPoint?>? documentDates = null)
    {
        var inSeries = facts.Where(f => f.Entity.Length > 0 && f.Indicator.Length > 0).ToList();
        var findings = new List<CrossDocumentFinding>();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in inSeries.Where(f => f.AsOf is not null).GroupBy(f => (f.Series, AsOf: ShownAsOf.Of(f.AsOf!))).Where(SeveralDocuments))
        {
            findings.Add(Finding([.. group], group.First().AsOf!.ToString()));
            matched.UnionWith(group.Select(f => f.Id));
        }

        // Each fact's year worked out once, for the filter and the key alike.
        var levels = inSeries
            .Where(f => f.Aggregation == Aggregation.Level && !matched.Contains(f.Id))
            .Select(f => (Fact: f, Year: Year(f, documentDates)))
            .Where(x => x.Year is not null);
        foreach (var group in levels.GroupBy(x => (x.Fact.Series, x.Year), x => x.Fact).Where(SeveralDocuments))
        {
            var list = group.ToList();
            if (list.All(f => f.SameFigure(list[0])))
            {
                findings.Add(Finding(list, group.Key.Year.ToString()));
            }
        }

        return [.. findings
            .OrderBy(f => f.Key.Metric.Value, StringComparer.Ordinal)
            .ThenBy(f => f.Key.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Key.AsOf, StringComparer.Ordinal)];
    }

    // Two documents or more: some member's document differs from the first's (no set of names per group).
    private static bool SeveralDocuments<T>(IGrouping<T, Fact> group)
    {
        string? first = null;
        foreach (var fact in group)
        {
            if (first is null)
            {
                first = fact.Doc;
            }
            else if (!string.Equals(fact.Doc, first, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static CrossDocumentFinding Finding(List<Fact> facts, string? asOf)
    {
        var list = facts.OrderBy(f => f.Doc, StringComparer.Ordinal).ThenBy(f => f.Span.Start).ToList();
        var agree = list.All(f => f.SameFigure(list[0]));
        return new CrossDocumentFinding(
            agree ? FindingKind.Corroborated : FindingKind.Conflict,
            new FactKey(list[0].Metric, $"{list[0].Entity}·{list[0].Indicator}", asOf),
            [.. list.Select(f => f.Id)],
            [.. list.Select(f => f.Doc).Distinct(StringComparer.Ordinal)]);
    }

    // The year a level holds for: its own date's, else its document's.
    private static int? Year(Fact fact, IReadOnlyDictionary<string, PeriodPoint?>? documentDates) =>
        fact.AsOf is { IsSpan: false } asOf ? asOf.From.Year
        : fact.AsOf is null && documentDates?.GetValueOrDefault(fact.Doc) is { } date ? date.Year
        : null;
}
