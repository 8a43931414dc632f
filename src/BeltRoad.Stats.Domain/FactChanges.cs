namespace BeltRoad.Stats.Domain;

/// <summary>What changed since the previous published run.</summary>
public sealed record FactChanges(string PreviousRunId, IReadOnlyList<FactChange> Items)
{
    public int Count(FactChangeKind kind) => Items.Count(c => c.Kind == kind);

    /// <summary>
    /// Compares two tables by <see cref="FactKey"/> plus document (the same figure stated again in the same
    /// document is the same fact). A key whose value moved is a change, not a removal and an addition.
    /// <paramref name="before"/> is read once, in order, and only its facts that are gone are kept, so it may be a
    /// stream over the previous run's export.
    /// </summary>
    public static FactChanges Between(string previousRunId, IEnumerable<Fact> before, IReadOnlyList<Fact> after)
    {
        static (string Doc, FactKey Key, decimal Value, decimal? High, Unit Unit) Id(Fact f) => (f.Doc, f.Key, f.Value, f.ValueHigh, f.Unit);
        static (string Doc, FactKey Key) Slot(Fact f) => (f.Doc, f.Key);

        var afterExact = after.Select(Id).ToHashSet();
        // A previous fact still there is remembered by the new table's own id (no strings of its own); one gone is kept whole.
        var kept = new HashSet<(string, FactKey, decimal, decimal?, Unit)>();
        var gone = new List<Fact>();
        foreach (var fact in before)
        {
            if (afterExact.TryGetValue(Id(fact), out var same))
            {
                kept.Add(same);
            }
            else
            {
                gone.Add(fact);
            }
        }

        var come = after.Where(f => !kept.Contains(Id(f))).ToList();

        var changes = new List<FactChange>();
        var goneBySlot = gone.GroupBy(Slot).ToDictionary(g => g.Key, g => new Queue<Fact>(g));
        foreach (var fact in come)
        {
            if (goneBySlot.TryGetValue(Slot(fact), out var queue) && queue.Count > 0)
            {
                changes.Add(new FactChange(FactChangeKind.Changed, fact.Key, queue.Dequeue(), fact));
            }
            else
            {
                changes.Add(new FactChange(FactChangeKind.Added, fact.Key, null, fact));
            }
        }

        changes.AddRange(goneBySlot.Values.SelectMany(q => q).Select(f => new FactChange(FactChangeKind.Removed, f.Key, f, null)));
        return new FactChanges(previousRunId, changes
            .OrderBy(c => c.Kind)
            .ThenBy(c => (c.After ?? c.Before)!.Doc, StringComparer.Ordinal)
            .ThenBy(c => (c.After ?? c.Before)!.Span.Start)
            .ToList());
    }
}
