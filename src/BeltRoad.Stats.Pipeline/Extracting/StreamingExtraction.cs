using System.Diagnostics;
using System.Threading.Channels;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// Reads and extracts the listing's documents as a stream: workers (one per core) each take a document from the cache
/// (its text linked from the published set) or load and extract it, write its text into the staging folder and encode
/// its cache entry, then pass the result through a bounded channel to one collector, which stores new entries in the
/// cache (SQLite has one writer) and keeps only the facts. So no more than a few documents' texts are in memory at
/// once, whatever the corpus; the results land at their place in the listing, so the table is the same whatever the
/// number of workers and whether a document came from the cache.
/// </summary>
/// <param name="publishedTexts">The published set's text stamps by path (its manifest's), so a hit's text is checked by its stat.</param>
/// <param name="settledBefore">Last-write times (ns since 1970) from this on are too recent to record a text's stamp by.</param>
/// <param name="memo">The previous run's entries still decoded in this process, looked up before the cache file; given this run's after it.</param>
internal sealed class StreamingExtraction(
    Lazy<FactTableBuilder> builder,
    ExtractionCache cache,
    ExtractionMemo memo,
    string published,
    string staging,
    int parallelism,
    IProgress<DocumentProgress> progress,
    IReadOnlyDictionary<string, StampedText> publishedTexts,
    long settledBefore)
{
    /// <param name="ToCache">A new cache entry, encoded; null for a document taken from the cache or not extracted.</param>
    /// <param name="Entry">The document's cache entry, decoded (for the memo); null when not extracted.</param>
    /// <param name="Text">The staged text's stamp, for the next run to check it by; null when there is none to vouch for.</param>
    private sealed record Extracted(int Index, string Key, DocumentSlot Slot, EncodedExtraction? ToCache, CachedExtraction? Entry = null, StampedText? Text = null);

    private int _reused;
    private int _remembered;
    private int _missed;

    /// <summary>Documents taken from the cache, their texts linked from the published set.</summary>
    public int Reused => _reused;

    /// <summary>Of <see cref="Reused"/>, those still decoded in memory from this process's previous run (<see cref="ExtractionMemo"/>).</summary>
    public int Remembered => _remembered;

    /// <summary>How long the table took to assemble once every document was in: sorting the facts and the cross-document findings.</summary>
    public TimeSpan Assembling { get; private set; }

    /// <summary>Documents the cache held but could not give back (entry damaged, published text gone or changed): extracted again.</summary>
    public int Missed => _missed;

    /// <summary>The staged texts' stamps by path, once <see cref="RunAsync"/> has run: what the next run checks them by.</summary>
    public IReadOnlyDictionary<string, StampedText> Texts { get; private set; } = new Dictionary<string, StampedText>(StringComparer.Ordinal);

    /// <param name="held">The cache's keys (<see cref="ExtractionCache.Keys"/>): a document whose key is not there is extracted without a lookup.</param>
    public async Task<FactTable> RunAsync(InputListing listing, IReadOnlyList<string> keys, IReadOnlySet<string> held, CancellationToken cancellationToken)
    {
        var entries = listing.Entries;
        var slots = new DocumentSlot[entries.Count];
        var texts = new StampedText?[entries.Count];
        var decoded = new CachedExtraction?[entries.Count];
        var channel = Channel.CreateBounded<Extracted>(new BoundedChannelOptions(2 * parallelism) { SingleReader = true });
        var watch = Stopwatch.StartNew();
        var done = 0;
        // Stops the workers when the collector fails (a full disk), so none is left waiting on a full channel.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var workers = Task.Run(
            async () =>
            {
                try
                {
                    var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = stop.Token };
                    await Parallel.ForEachAsync(Enumerable.Range(0, entries.Count), options, async (i, ct) =>
                    {
                        var extracted = (held.Contains(keys[i]) ? FromCache(entries[i], i, keys[i]) : null) ?? Extract(listing, entries[i], i, keys[i]);
                        await channel.Writer.WriteAsync(extracted, ct).ConfigureAwait(false);
                    }).ConfigureAwait(false);
                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.Complete(e);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var extracted in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (extracted.ToCache is { } entry)
                {
                    cache.Put(extracted.Key, entry);
                }

                slots[extracted.Index] = extracted.Slot;
                texts[extracted.Index] = extracted.Text;
                decoded[extracted.Index] = extracted.Entry;
                progress.Report(new DocumentProgress(++done, entries.Count, watch.Elapsed));
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await workers.ConfigureAwait(false);
        }

        // The cache's bookkeeping (SQLite's work alone) runs beside the table's assembly (the CPU's), not before it.
        var saving = Task.Run(() => cache.Save(keys), CancellationToken.None);
        try
        {
            memo.Replace(keys, decoded);
            Texts = slots.Zip(texts)
                .Where(p => p.First.Extraction is not null && p.Second is not null)
                .ToDictionary(p => p.First.Extraction!.Document.TextPath, p => p.Second!, StringComparer.Ordinal);
            var assembling = Stopwatch.StartNew();
            var table = DocumentSlot.Assemble(listing.Issues, slots);
            Assembling = assembling.Elapsed;
            return table;
        }
        finally
        {
            await saving.ConfigureAwait(false);
        }
    }

    // On a worker: the one place a document's text is read and decoded, written to the staging folder, and its
    // cache entry encoded (each worker writes its own documents' files).
    private Extracted Extract(InputListing listing, InputEntry entry, int index, string key)
    {
        var (document, readIssues) = DocumentLoader.LoadFile(listing, entry);
        if (document is null)
        {
            return new Extracted(index, key, new DocumentSlot(null, readIssues, null), null);
        }

        var (extraction, failure) = builder.Value.TryExtract(document);
        var slot = new DocumentSlot(extraction, readIssues, failure);
        if (extraction is null)
        {
            return new Extracted(index, key, slot, null);
        }

        var text = DocumentTextsWriter.Write(staging, extraction.Document, document.Text);
        // Recorded without waiting for the time stamp to settle: nobody sees a staged file before it is published, which
        // is later by at least the remaining steps, so an edit after that has a later last-write time.
        var stamp = FileStamps.Of(Path.Combine(staging, extraction.Document.TextPath)) is { } stat ? StampedText.Of(text, stat) : null;
        var cached = new CachedExtraction(extraction.Document, text, extraction.Facts, extraction.Skipped, readIssues);
        return new Extracted(index, key, slot, ExtractionCache.Encode(cached), cached, stamp);
    }

    // A hit the cache cannot give back (damaged, another name, its published text gone or changed) is extracted like a new document.
    private Extracted? FromCache(InputEntry entry, int index, string key)
    {
        var remembered = memo.Find(key);
        if ((remembered ?? cache.Find(key)) is not { } found || found.Document.Name != entry.Name
            || PublishedTexts.TryReuse(published, staging, found.Document, found.Text, publishedTexts.GetValueOrDefault(found.Document.TextPath), settledBefore) is not { Reused: true } reuse)
        {
            Interlocked.Increment(ref _missed);
            return null;
        }

        Interlocked.Increment(ref _reused);
        if (remembered is not null)
        {
            Interlocked.Increment(ref _remembered);
        }

        var extraction = new DocumentExtraction(found.Document, found.Facts, found.Skipped);
        return new Extracted(index, key, new DocumentSlot(extraction, found.Warnings, null), null, found, reuse.Stamp);
    }
}
