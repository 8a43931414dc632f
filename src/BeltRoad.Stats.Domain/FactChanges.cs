namespace BeltRoad.Stats.Domain;

/// <summary>What changed since the previous published run.</summary>
public sealed record FactChanges(string PreviousRunId, IReadOnlyList<FactChange> Items)
{
    public int Count(FactChangeKind kind) => Items.Count(c => c.Kind == kind);

    /// <summary>
    /// Compares two tables by <see cref="FactKey"/> plus document (the same figure stated again in the same
    /// document is the same fact). A key whose value moved is a change, not a removal and an addition.
    /// </summary>
    public static FactChanges Between(string previousRunId, IReadOnlyList<Fact> before, IReadOnlyList<Fact> after)
    {
        static (string Doc, FactKey Key, decimal Value, decimal? High, Unit Unit) Id(Fact f) => (f.Doc, f.Key, f.Value, f.ValueHigh, f.Unit);
        static (string Doc, FactKey Key) Slot(Fact f) => (f.Doc, f.Key);

        var beforeExact = before.Select(Id).ToHashSet();
        var afterExact = after.Select(Id).ToHashSet();
        var gone = before.Where(f => !afterExact.Contains(Id(f))).ToList();
        var come = after.Where(f => !beforeExact.Contains(Id(f))).ToList();

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
