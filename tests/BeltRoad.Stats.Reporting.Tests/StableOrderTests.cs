using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>The first few items in an order, picked without sorting all: the same items, in the same order, as a stable sort's first few.</summary>
public class StableOrderTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 24)]
    [InlineData(4, 1_000)]
    [InlineData(5, 5_000)]
    public void The_first_items_are_a_stable_sort_s_first_items_ties_in_their_given_order(int seed, int count)
    {
        var random = new Random(seed);
        // Few distinct keys, so most items tie with others; the position tells equal items apart.
        var items = Enumerable.Range(0, 2_000).Select(i => (Key: random.Next(40), Position: i)).ToList();
        var byKey = Comparer<(int Key, int Position)>.Create((a, b) => a.Key.CompareTo(b.Key));

        Assert.Equal(items.Order(byKey).Take(count), StableOrder.First(items, byKey, count));
    }
}
