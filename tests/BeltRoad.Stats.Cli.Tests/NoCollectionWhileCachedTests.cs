using System.Runtime;
using BeltRoad.Stats.Pipeline.Extracting;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>The no-collection region of a new process's run from its cache: always ended, never failing the run, none without a cache.</summary>
public class NoCollectionWhileCachedTests
{
    [Fact]
    public void A_region_is_over_once_disposed_and_one_begun_meanwhile_or_without_a_cache_is_none()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-collection-{Guid.NewGuid():N}.sqlite");
        File.WriteAllBytes(path, new byte[1 << 20]);
        try
        {
            using (NoCollectionWhileCached.Begin(path))
            {
                using (NoCollectionWhileCached.Begin(path))
                {
                    _ = new byte[1 << 10];
                }

                using (NoCollectionWhileCached.Begin(path + ".missing"))
                {
                    _ = new byte[1 << 10];
                }
            }

            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
