using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// Reads the fact-level differences (<see cref="FactChanges"/>) as news: a document whose every fact is new was added;
/// one whose facts all went and that is no longer listed was removed; an added fact is a new point of its series unless
/// another fact already states that series at that as_of (a restatement); a changed value, or an added fact where a
/// removed one stated the same series and as_of differently, is a revision; a conflict holding a changed fact appeared,
/// a corroboration holding a changed fact resolved one.
/// </summary>
internal static class ChangeReading
{
    /// <param name="viewOf">The view of a fact the changes name, by id; null for one not in the table (<see cref="ReportViews.ViewOf"/>).</param>
    /// <param name="stated">The points the other facts state of the added facts' series, gathered in the report's pass (<see cref="StatedPoints"/>).</param>
    public static ChangeSummary Read(
        FactChanges? changes, StatedPoints stated, Func<string, FactView?> viewOf, IReadOnlyList<DocumentView> documents, QualityView quality)
    {
        if (changes is null || changes.Items.Count == 0)
        {
            return ChangeSummary.None;
        }

        var added = changes.Items.Where(c => c.Kind == FactChangeKind.Added).Select(c => viewOf(c.After!.Id)).OfType<FactView>().ToList();
        var removed = changes.Items.Where(c => c.Kind == FactChangeKind.Removed).Select(c => c.Before!).ToList();
        var addedIds = added.Select(f => f.Fact.Id).ToHashSet(StringComparer.Ordinal);
        var addedPerDocument = added.GroupBy(f => f.Document.Number).ToDictionary(g => g.Key, g => g.Count());
        var newDocuments = documents.Where(d => d.FactCount > 0 && addedPerDocument.GetValueOrDefault(d.Number) == d.FactCount).ToList();
        var listed = documents.Select(d => d.Info.Name).ToHashSet(StringComparer.Ordinal);
        var removedDocuments = removed.Select(f => f.Doc).Where(d => !listed.Contains(d)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var removedPoints = removed.GroupBy(Point).ToDictionary(g => g.Key, g => g.First());
        var revisions = changes.Items.Where(c => c.Kind == FactChangeKind.Changed).Select(c => (Before: c.Before!, After: viewOf(c.After!.Id)))
            .Where(c => c.After is not null).Select(c => (c.Before, c.After!))
            .Concat(added.Where(f => removedPoints.ContainsKey(Point(f)) && !removedPoints[Point(f)].SameFigure(f.Fact)).Select(f => (removedPoints[Point(f)], f)))
            .ToList();
        var revised = revisions.Select(r => r.Item2.Fact.Id).ToHashSet(StringComparer.Ordinal);
        var newPoints = added.Where(f => !revised.Contains(f.Fact.Id) && !stated.Points.Contains(Point(f))).ToList();
        var touched = addedIds.Concat(revised).ToHashSet(StringComparer.Ordinal);
        var addedPoints = added.Select(Point).ToHashSet();
        return new ChangeSummary(
            newDocuments,
            removedDocuments,
            newPoints,
            revisions,
            [.. quality.Conflicts.Where(q => q.Finding.FactIds.Any(touched.Contains))],
            [.. quality.Corroborated.Where(q => q.Finding.FactIds.Any(revised.Contains))],
            added.Count - newPoints.Count - revisions.Count(r => addedIds.Contains(r.Item2.Fact.Id)),
            removed.Count(f => !addedPoints.Contains(Point(f))));
    }

    /// <summary>
    /// The points facts other than the added ones state of an added fact's series, one fact at a time (<see cref="StatedPoints.Add"/>):
    /// asked only about added facts' points, so the other facts' points are kept only where the series is an added fact's.
    /// A fact of no series is a point of its own, which no other fact states: none is kept.
    /// </summary>
    internal sealed class StatedPoints(FactChanges? changes)
    {
        private readonly List<Fact> _added = [.. (changes?.Items ?? []).Where(c => c.Kind == FactChangeKind.Added).Select(c => c.After!)];
        private HashSet<SeriesKey>? _series;
        private HashSet<string>? _ids;

        public HashSet<(SeriesKey?, string?)> Points { get; } = [];

        public void Add(FactView f)
        {
            if (_added.Count == 0 || f.Fact.Series is not { } series)
            {
                return;
            }

            _series ??= [.. _added.Select(a => a.Series).OfType<SeriesKey>()];
            _ids ??= _added.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            if (_series.Contains(series) && !_ids.Contains(f.Fact.Id))
            {
                Points.Add(Point(f));
            }
        }
    }

    private static (SeriesKey?, string?) Point(FactView f) => Point(f.Fact);

    // A fact of no series is a point of its own.
    private static (SeriesKey?, string?) Point(Fact f) => f.Series is { } series ? (series, f.AsOf?.ToString()) : (null, f.Id);
}
