using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace BeltRoad.Stats.Charts.Tests;

public class NiceScaleTests
{
    public static IEnumerable<object[]> Cases() => JsonCases.Read("nice-ticks.json");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ticks_are_the_tightest_one_two_five_ladder_that_covers_the_data(string json)
    {
        var element = JsonDocument.Parse(json).RootElement;
        decimal D(string name) => decimal.Parse(element.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);
        var minStep = element.TryGetProperty("minStep", out _) ? D("minStep") : 0m;

        var ticks = NiceScale.Compute(D("min"), D("max"), element.GetProperty("maxTicks").GetInt32(), minStep);

        var expected = element.GetProperty("ticks").EnumerateArray()
            .Select(t => decimal.Parse(t.GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(expected, ticks.Values);
    }

    [Fact]
    public void Any_data_is_covered_by_at_most_the_allowed_ticks_on_a_nice_step() =>
        Prop.ForAll(
            Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(),
            Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(),
            Gen.Choose(2, 9).ToArbitrary(),
            (a, b, maxTicks) =>
            {
                var (min, max) = (Math.Min(a, b) / 100m, Math.Max(a, b) / 100m);
                var ticks = NiceScale.Compute(min, max, maxTicks);
                var count = ticks.Values.Count;
                // Across zero, -step, 0 and +step are the fewest possible ticks.
                var allowed = min < 0m && max > 0m ? Math.Max(maxTicks, 3) : maxTicks;
                return ticks.Min <= min && ticks.Max >= max && count <= allowed && count >= 2 && IsNice(ticks.Step);
            })
        .QuickCheckThrowOnFailure();

    private static bool IsNice(decimal step)
    {
        while (step >= 10m)
        {
            step /= 10m;
        }

        while (step < 1m)
        {
            step *= 10m;
        }

        return step is 1m or 2m or 5m;
    }
}
