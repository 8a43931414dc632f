using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>One read of the facts feeds the model's pass and the page's rows (<see cref="SharedRead{T}"/>).</summary>
public class SharedReadTests
{
    [Fact]
    public async Task The_second_reader_gets_every_item_in_the_order_the_first_read_them()
    {
        using var read = new SharedRead<int>();
        var second = read.Beside(items => items.ToList());
        for (var i = 0; i < 10_000; i++)
        {
            read.Add(i);
        }

        read.Complete();
        Assert.Equal(Enumerable.Range(0, 10_000), await second);
    }

    [Fact]
    public async Task A_second_reader_that_fails_never_blocks_the_first_and_its_failure_is_its_own()
    {
        using var read = new SharedRead<int>();
        var second = read.Beside<int>(items => items.Skip(10).Any() ? throw new InvalidOperationException("the rows failed") : 0);
        for (var i = 0; i < 100_000; i++)
        {
            read.Add(i); // more than the queue holds: would block if nobody took them
        }

        read.Complete();
        Assert.Equal("the rows failed", (await Assert.ThrowsAsync<InvalidOperationException>(() => second)).Message);
    }
}
