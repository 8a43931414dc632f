using System.Runtime;
using BeltRoad.Stats.Pipeline.Extracting;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>
/// The no-collection region of a new process's run from its cache: always ended, never failing the run, none without a
/// cache, and never ending another's. The collector's mode is the process's: these tests run alone, each from a
/// collection that ends whatever region a run of another test left open.
/// </summary>
[Collection(nameof(CollectorModeCollection))]
public sealed class NoCollectionWhileDecodedTests : IDisposable
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), $"no-collection-{Guid.NewGuid():N}.sqlite");

    public NoCollectionWhileDecodedTests()
    {
        File.WriteAllBytes(_cache, new byte[1 << 20]);
        GC.Collect();
    }

    public void Dispose() => File.Delete(_cache);

    [Fact]
    public void A_region_is_over_once_disposed_and_one_begun_meanwhile_or_without_a_cache_is_none()
    {
        using (NoCollectionWhileDecoded.Begin(_cache))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            using (NoCollectionWhileDecoded.Begin(_cache))
            {
                _ = new byte[1 << 10];
            }

            using (NoCollectionWhileDecoded.Begin(_cache + ".missing"))
            {
                _ = new byte[1 << 10];
            }

            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_region_a_collection_ended_leaves_one_begun_after_it_open_when_disposed()
    {
        var first = NoCollectionWhileDecoded.Begin(_cache);
        GC.Collect(); // ends it, as a run that allocates more than its region holds does

        using (NoCollectionWhileDecoded.Begin(_cache))
        {
            first.Dispose();
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}

/// <summary>Tests that set the collector's mode, which is the process's: run alone, not beside other tests.</summary>
[CollectionDefinition(nameof(CollectorModeCollection), DisableParallelization = true)]
public sealed class CollectorModeCollection;
