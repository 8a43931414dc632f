namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// A stable sort that first checks whether the items are in order already: the facts come by document and span, and
/// a finding lists its facts in that order, so the report's orders usually cost one pass over 200,000 facts, not a sort.
/// </summary>
internal static class StableOrder
{
    /// <summary>The items ordered by <paramref name="key"/>, equal keys in their given order (as <c>OrderBy</c> leaves them).</summary>
    public static List<T> By<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> key)
        where TKey : IComparable<TKey>
    {
        for (var (i, previous) = (1, items.Count > 0 ? key(items[0]) : default!); i < items.Count; i++)
        {
            var next = key(items[i]);
            if (previous.CompareTo(next) > 0)
            {
                return [.. items.OrderBy(key)];
            }

            previous = next;
        }

        return [.. items];
    }
}
