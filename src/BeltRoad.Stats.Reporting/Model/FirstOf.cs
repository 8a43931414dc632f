namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// A list cut where the reports cut it, kept in one pass: the first <paramref name="count"/> items in
/// <paramref name="order"/> (equal items in their given order, as <c>Order(order).Take(count)</c> gives them) and how
/// many were offered in all, never every item.
/// </summary>
internal sealed class FirstOf<T>(IComparer<T> order, int count)
{
    private readonly List<T> _first = [];

    public IReadOnlyList<T> First => _first;

    /// <summary>How many items were offered, shown or not.</summary>
    public int Total { get; private set; }

    public void Add(T item)
    {
        Total++;
        StableOrder.Keep(_first, item, order, count);
    }
}
