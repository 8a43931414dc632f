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

    /// <summary>
    /// The first <paramref name="count"/> of <paramref name="items"/> in <paramref name="order"/>, equal items in their given
    /// order (as <c>Order(order).Take(count)</c> gives them): one comparison for most items, which come after the first
    /// <paramref name="count"/> found so far, instead of a sort of all.
    /// </summary>
    public static List<T> First<T>(IEnumerable<T> items, IComparer<T> order, int count)
    {
        var first = new List<T>(count + 1);
        foreach (var item in items)
        {
            Keep(first, item, order, count);
        }

        return first;
    }

    /// <summary>
    /// One item of a pass into <paramref name="first"/>, the first <paramref name="count"/> in <paramref name="order"/> so
    /// far (as <see cref="First"/> keeps them): for a pass that keeps several such lists at once.
    /// </summary>
    public static void Keep<T>(List<T> first, T item, IComparer<T> order, int count)
    {
        if (first.Count == count && (count == 0 || order.Compare(item, first[^1]) >= 0))
        {
            return;
        }

        // After every item it does not come before: an equal item given later stays later.
        var (low, high) = (0, first.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = order.Compare(item, first[middle]) < 0 ? (low, middle) : (middle + 1, high);
        }

        first.Insert(low, item);
        if (first.Count > count)
        {
            first.RemoveAt(count);
        }
    }
}
