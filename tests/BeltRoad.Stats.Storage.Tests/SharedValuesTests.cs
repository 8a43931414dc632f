using System.Runtime.CompilerServices;
using System.Text;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

/// <summary>
/// The run's pool of decoded values (issue 54): one quote, label and period per distinct value across the entries a run
/// decodes, bounded, and let go with the run's cache; what the table writes is the same whichever copy a fact holds.
/// </summary>
public class SharedValuesTests
{
    private const string Sentence = "中欧班列累计开行超过7.4万列，通达欧洲25个国家的217个城市。";

    // Two facts of one sentence, as a report and each of its copies state them.
    private static CachedExtraction Entry(string doc) => new(
        SampleTables.Doc(doc),
        TextDigest.Of("text"u8),
        [
            SampleTables.Fact(doc + "-1", doc, 74000m, qualifier: Qualifier.MoreThan, quote: Sentence, asOf: Period.AsOf(PeriodPoint.OfYear(2023)), spans: [new(0, 12)]),
            SampleTables.Fact(doc + "-2", doc, 25m, metric: "count_countries", unit: Unit.Countries, quote: Sentence, asOf: Period.AsOf(PeriodPoint.OfYear(2023)), spans: [new(17, 22)]),
        ],
        [new SkippedMention(doc, new SourceSpan(24, 27), "217", "no_unit")],
        []);

    private static CachedExtraction Decoded(CachedExtraction entry, SharedValues run) => CachedExtractionCodec.Decode(CachedExtractionCodec.Encode(entry), run);

    [Fact]
    public void Two_facts_of_one_sentence_hold_one_quote_and_so_do_the_documents_of_a_run_that_state_it()
    {
        var run = new SharedValues();
        var (a, b) = (Decoded(Entry("a.txt"), run), Decoded(Entry("b.txt"), run));

        Assert.Equal(Sentence, a.Facts[0].Quote);
        Assert.Same(a.Facts[0].Quote, a.Facts[1].Quote);
        Assert.Same(a.Facts[0].Quote, b.Facts[1].Quote);
        Assert.Same(a.Facts[0].Subject, b.Facts[0].Subject);
        Assert.Same(a.Facts[0].AsOf, b.Facts[1].AsOf);
        Assert.Same(a.Document.Encoding, b.Document.Encoding);
        Assert.NotSame(a.Facts[0].Id, a.Facts[1].Id);

        // Another run decodes its own copies: the pool is the run's, not the process's.
        var next = Decoded(Entry("a.txt"), new SharedValues());
        Assert.Equal(a.Facts[0].Quote, next.Facts[0].Quote);
        Assert.NotSame(a.Facts[0].Quote, next.Facts[0].Quote);
        Assert.NotSame(a.Facts[0].AsOf, next.Facts[0].AsOf);
    }

    [Fact]
    public void A_runs_pool_does_not_outlive_the_run_whose_cache_made_it()
    {
        using var folder = new TempFolder();
        var (quote, subject) = DecodeInARun(folder.Sub("extractions.sqlite"));

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Its facts gone, nothing holds what the run decoded: no pool kept a copy past the cache's disposal.
        Assert.False(quote.IsAlive);
        Assert.False(subject.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Quote, WeakReference Subject) DecodeInARun(string path)
    {
        using var cache = ExtractionCache.Open(path);
        cache.Put("a", Entry("a.txt"));
        cache.Put("b", Entry("b.txt"));
        var decoded = cache.Reread("a");
        Assert.Same(decoded.Facts[0].Quote, cache.Reread("b").Facts[0].Quote);
        return (new WeakReference(decoded.Facts[0].Quote), new WeakReference(decoded.Facts[0].Subject));
    }

    [Fact]
    public void A_pool_at_its_capacity_keeps_no_more_values_and_still_gives_the_ones_it_kept()
    {
        var pool = new SharedStrings(2);
        var long1 = new string('长', 600); // decoded through a rented buffer, not the stack

        var (first, second) = (pool.Of("甲"u8), pool.Of(Encoding.UTF8.GetBytes(long1)));
        var third = pool.Of("丙"u8);

        Assert.Equal(2, pool.Count);
        Assert.Same(first, pool.Of("甲"u8));
        Assert.Same(second, pool.Of(Encoding.UTF8.GetBytes(long1)));
        Assert.Equal(long1, second);
        Assert.Equal("丙", third);
        Assert.NotSame(third, pool.Of("丙"u8));
        Assert.Equal(2, pool.Count);
    }

    [Fact]
    public void A_table_decoded_through_the_pool_writes_the_same_exports_as_the_table_it_was_encoded_from()
    {
        var table = SampleTables.Rich();
        var run = new SharedValues();
        var decoded = table.Documents
            .Select(d => Decoded(new CachedExtraction(d, TextDigest.Of("text"u8), [.. table.Facts.Where(f => f.Doc == d.Name)], [.. table.Skipped.Where(s => s.Doc == d.Name)], []), run))
            .ToList();
        var again = table with { Documents = [.. decoded.Select(e => e.Document)], Facts = [.. decoded.SelectMany(e => e.Facts)], Skipped = [.. decoded.SelectMany(e => e.Skipped)] };

        Assert.Equal(FactsJsonWriter.ToBytes(table, SampleTables.Generator), FactsJsonWriter.ToBytes(again, SampleTables.Generator));
        Assert.Equal(FactsCsvWriter.ToBytes(table), FactsCsvWriter.ToBytes(again));
    }
}
