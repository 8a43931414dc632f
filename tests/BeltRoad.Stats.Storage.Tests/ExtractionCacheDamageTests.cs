namespace BeltRoad.Stats.Storage.Tests;

/// <summary>
/// The extraction cache does not sync (a cache may forget): a file a power cut left damaged, or one that is not a
/// database at all, is started anew when opened, says why, and costs extracting again, never a failed run.
/// </summary>
public sealed class ExtractionCacheDamageTests
{
    [Theory]
    [InlineData("not a database")]
    [InlineData("cut short")]
    [InlineData("pages overwritten")]
    public void A_damaged_cache_file_is_started_anew_and_says_why(string damage)
    {
        using var folder = new TempFolder();
        var path = folder.Sub("history/extractions.sqlite");
        var doc = SampleTables.Rich().Documents[0];
        var entry = new CachedExtraction(doc, TextDigest.Of("text"u8), [], [], []);
        using (var cache = ExtractionCache.Open(path))
        {
            var keys = Enumerable.Range(0, 2000).Select(i => $"key-{i:D5}-{new string('k', 40)}").ToList();
            keys.ForEach(key => cache.Put(key, entry));
            cache.Save(keys);
        }

        Damage(path, damage);
        using (var reopened = ExtractionCache.Open(path))
        {
            Assert.NotNull(reopened.Discarded);
            Assert.Empty(reopened.Keys());
            reopened.Put("new", entry);
            reopened.Save(["new"]);
        }

        using var again = ExtractionCache.Open(path);
        Assert.Null(again.Discarded);
        Assert.Equal(["new"], again.Keys());
        Assert.NotNull(again.Find("new"));
    }

    [Fact]
    public void A_sound_cache_file_opens_as_it_was()
    {
        using var folder = new TempFolder();
        var path = folder.Sub("extractions.sqlite");
        using (var cache = ExtractionCache.Open(path))
        {
            Assert.Null(cache.Discarded); // a new file is not a damaged one
            cache.Put("k", new CachedExtraction(SampleTables.Rich().Documents[0], TextDigest.Of("text"u8), [], [], []));
            cache.Save(["k"]);
        }

        using var reopened = ExtractionCache.Open(path);
        Assert.Null(reopened.Discarded);
        Assert.Equal(["k"], reopened.Keys());
    }

    private static void Damage(string path, string damage)
    {
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "not a database":
                File.WriteAllBytes(path, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251))]);
                break;
            case "cut short":
                File.WriteAllBytes(path, bytes[..(bytes.Length / 3 / 4096 * 4096)]);
                break;
            default:
                // Every page after the first filled with noise: the header is sound, the key index is not.
                for (var i = 4096; i < bytes.Length; i++)
                {
                    bytes[i] = (byte)(i * 131 % 253);
                }

                File.WriteAllBytes(path, bytes);
                break;
        }
    }
}
