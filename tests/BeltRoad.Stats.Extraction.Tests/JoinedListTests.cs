using BeltRoad.Stats.Extraction.Facts;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>Lists joined without copying read as their concatenation, by index and in order, whatever their sizes.</summary>
public class JoinedListTests
{
    public static TheoryData<int[]> Sizes => new()
    {
        Array.Empty<int>(),
        new[] { 0 },
        new[] { 3 },
        new[] { 0, 0, 5, 0 },
        new[] { 1, 1, 1, 1, 1, 1, 1 },
        new[] { 255, 1, 256, 257 },
        new[] { 1000, 0, 2, 600, 1 },
        Enumerable.Repeat(3, 400).ToArray(),
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Reads_as_the_concatenation_of_its_parts(int[] sizes)
    {
        var next = 0;
        var parts = sizes.Select((size, p) => (IReadOnlyList<int>)(p % 2 == 0 ? Enumerable.Range(next, size).ToArray() : Enumerable.Range(next, size).ToList()))
            .Select(part => { next += part.Count; return part; })
            .ToList();
        var expected = parts.SelectMany(p => p).ToList();

        var joined = new JoinedList<int>(parts);

        Assert.Equal(expected.Count, joined.Count);
        Assert.Equal(expected, joined);
        Assert.Equal(expected, Enumerable.Range(0, joined.Count).Select(i => joined[i]));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void An_index_outside_the_list_throws(int index)
    {
        var joined = new JoinedList<int>([[1, 2], [], [3, 4, 5, 6, 7]]);

        Assert.Throws<ArgumentOutOfRangeException>(() => joined[index]);
    }
}
