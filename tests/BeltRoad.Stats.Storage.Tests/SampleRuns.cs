using BeltRoad.Stats.Domain;
namespace BeltRoad.Stats.Storage.Tests;

internal static class SampleRuns
{
    public static RunRecord[] History() =>
    [
        new("20231018T020000Z", new DateTimeOffset(2023, 10, 18, 10, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2023, 10, 18, 2, 0, 3, 250, TimeSpan.Zero),
            RunStatus.Succeeded, "sha256:abc", 5, 263, 1, 0, 263, 0, 0, null),
        new("20231019T020000Z", new DateTimeOffset(2023, 10, 19, 2, 0, 0, TimeSpan.Zero).AddTicks(1234567), null,
            RunStatus.PartiallyFailed, "sha256:def", 6, 260, 2, 1, 1, 4, 2, "bin.dat: binary file"),
    ];
}
