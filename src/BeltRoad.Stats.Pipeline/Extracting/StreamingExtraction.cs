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
/// cache (SQLite has one writer). So no more than a few documents' texts are in memory at once, whatever the corpus;
/// the results land at their place in the listing, so the table is the same whatever the number of workers.
/// A document extracted now waits for the table as its encoded entry in the cache file, not as its facts, and after
/// the last document the entries are read back and decoded (on every worker) as a hit is: every document's facts enter
/// the table the same way, from the cache or not. Why: the facts live to the run's end, and made as objects while the
/// documents went on, each collection copied those made since the last one (and again into the oldest generation),
/// with every thread paused: 0.6–0.9 s of a 100 MB fresh run's extract step. Decoded at the end, in the region without
/// collections that <c>beforeDecoding</c> may begin, the facts are never copied (pauses 0.10–0.18 s, decoding
/// 0.16–0.25 s). The entries are read back rather than held: held, they were the size of the cache file (55 MB at
/// 100 MB of input, 547 MB at 1 GB) beside the table decoded from them, and the region kept each array after it was
/// decoded.
/// </summary>
/// <param name="publishedTexts">The published set's text stamps by path (its manifest's), so a hit's text is checked by its stat.</param>
/// <param name="settledBefore">Last-write times (ns since 1970) from this on are too recent to record a text's stamp by.</param>
/// <param name="memo">The previous run's entries still decoded in this process, looked up before the cache file; given this run's after it.</param>
/// <param name="beforeDecoding">Called once after the last document, with the bytes of the new entries about to be decoded (when there are any).</param>
/// <param name="reading">Called before a document is read from its file (its name logged and marked, <see cref="ReadingMarks"/>); what it returns is disposed once it is read.</param>
/// <param name="share">With a PostgreSQL store: the documents the cache lacks are shared out among the cluster's nodes
/// through it, this node taking its part; the others' entries come back through the same collector (put in the cache,
/// decoded at the end) as this node's own. Null: this node extracts them all.</param>
internal sealed class StreamingExtraction(
    Lazy<FactTableBuilder> builder,
    ExtractionCache cache,
    ExtractionMemo memo,
    string published,
    string staging,
    int parallelism,
    IProgress<DocumentProgress> progress,
    IReadOnlyDictionary<string, StampedText> publishedTexts,
    long settledBefore,
    Action<long> beforeDecoding,
    Func<InputEntry, IDisposable> reading,
    ClusterShare? share = null)
{
    /// <param name="Slot">What became of the document; a document extracted now has its extraction in <paramref name="ToCache"/>, decoded at the end.</param>
    /// <param name="ToCache">A new cache entry, encoded; null for a document taken from the cache or not extracted.</param>
    /// <param name="Entry">The document's cache entry, decoded (for the memo); null when not taken from the cache.</param>
    /// <param name="Text">The staged text's stamp, for the next run to check it by; null when there is none to vouch for.</param>
    /// <param name="ByOtherNode">Extracted by another node of the cluster: its warnings and its text's stamp are taken from its entry once decoded.</param>
    private sealed record Extracted(int Index, string Key, DocumentSlot Slot, EncodedExtraction? ToCache, CachedExtraction? Entry = null, StampedText? Text = null, bool ByOtherNode = false);

    private int _reused;
    private int _remembered;
    private int _missed;

    /// <summary>Documents taken from the cache, their texts linked from the published set.</summary>
    public int Reused => _reused;

    /// <summary>Of <see cref="Reused"/>, those still decoded in memory from this process's previous run (<see cref="ExtractionMemo"/>).</summary>
    public int Remembered => _remembered;

    /// <summary>How long the table took to assemble once every document was in: sorting the facts and the cross-document findings.</summary>
    public TimeSpan Assembling { get; private set; }

    /// <summary>How long the documents extracted now took to decode from their entries after the last one, and those entries' bytes.</summary>
    public (TimeSpan Time, long Bytes) Decoding { get; private set; }

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
        // The documents extracted now, by the name their entry is of: the entries themselves go into the cache and are
        // read back from it at the end, not held (at 1 GB of input 547 MB of them, beside the table decoded from them).
        var extracted = new string?[entries.Count];
        var extractedBytes = 0L;
        var byOthers = new bool[entries.Count];
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
                    var here = Enumerable.Range(0, entries.Count).Where(i => share is null || held.Contains(keys[i]));
                    await Parallel.ForEachAsync(here, options, async (i, ct) =>
                    {
                        var extracted = (held.Contains(keys[i]) ? FromCache(entries[i], i, keys[i]) : null) ?? Extract(listing, entries[i], i, keys[i], ct);
                        await channel.Writer.WriteAsync(extracted, ct).ConfigureAwait(false);
                    }).ConfigureAwait(false);
                    if (share is not null)
                    {
                        await ShareAsync(share, listing, keys, held, channel.Writer, stop.Token).ConfigureAwait(false);
                    }

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
            await foreach (var result in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (result.ToCache is { } entry)
                {
                    cache.Put(result.Key, entry);
                    extracted[result.Index] = entry.Doc;
                    extractedBytes += entry.Length;
                }

                slots[result.Index] = result.Slot;
                texts[result.Index] = result.Text;
                decoded[result.Index] = result.Entry;
                byOthers[result.Index] = result.ByOtherNode;
                progress.Report(new DocumentProgress(++done, entries.Count, watch.Elapsed));
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await workers.ConfigureAwait(false);
        }

        // Read back from the cache before it commits; its bookkeeping (SQLite's work alone) then runs beside the table's
        // assembly (the CPU's), not before it.
        Decode(extracted, extractedBytes, keys, slots, decoded);
        var saving = Task.Run(() => cache.Save(keys), CancellationToken.None);
        try
        {
            StampOthers(byOthers, decoded, texts);
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

    // The documents extracted now, from their entries read back from the cache: each into its slot and, for the memo,
    // its decoded entry. An entry that does not decode or cannot be read (a fault of the codec, a damaged page, an I/O
    // error of SQLite's) fails its document alone, named: nothing escapes, so the cache still commits every other entry
    // (the caller saves after this returns).
    private void Decode(string?[] extracted, long bytes, IReadOnlyList<string> keys, DocumentSlot[] slots, CachedExtraction?[] decoded)
    {
        if (bytes == 0)
        {
            return;
        }

        beforeDecoding(bytes);
        var watch = Stopwatch.StartNew();
        Parallel.For(0, extracted.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            if (extracted[i] is not { } doc)
            {
                return;
            }

            try
            {
                var found = cache.Reread(keys[i]);
                decoded[i] = found;
                // Its reading warnings from the entry, as a hit's: the same list a document extracted here was encoded with.
                slots[i] = slots[i] with { Extraction = ExtractionOf(found), ReadIssues = found.Warnings };
            }
            catch (FormatException e)
            {
                slots[i] = slots[i] with { Failure = RunIssue.Failure(doc, $"could not be processed: its extraction did not decode: {e.Message}") };
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                slots[i] = slots[i] with { Failure = RunIssue.Failure(doc, $"could not be processed: its extraction could not be read back from the extraction cache: {e.Message}") };
            }
        });
        Decoding = (watch.Elapsed, bytes);
    }

    // On a worker: a document read and extracted (OneDocument), with its staged text's stamp. The extraction itself is
    // dropped here: the entry stands for it until the end (see the class's summary).
    private Extracted Extract(InputListing listing, InputEntry entry, int index, string key, CancellationToken cancellationToken)
    {
        var done = OneDocument.Extract(builder.Value, listing, entry, staging, reading, cancellationToken);
        if (done.Entry is null)
        {
            return new Extracted(index, key, new DocumentSlot(null, done.ReadIssues, done.Failure), null);
        }

        // Recorded without waiting for the time stamp to settle: nobody sees a staged file before it is published, which
        // is later by at least the remaining steps, so an edit after that has a later last-write time.
        return new Extracted(index, key, new DocumentSlot(null, done.ReadIssues, null), done.Entry, null, StampOf(done.Text!.Value, entry.Name));
    }

    private StampedText? StampOf(TextDigest text, string name) =>
        FileStamps.Of(StagedText(name)) is { } stat && stat.Size == text.Bytes ? StampedText.Of(text, stat) : null;

    // Where a document's text is staged, by this node or a helper (DocumentTextsWriter writes it there).
    private string StagedText(string name) => Path.Combine(staging, DocumentInfo.TextPathOf(name));

    // The documents the cache lacks, shared out: enqueued, this node's part extracted as any (and written to the
    // collector at once), then, once every document is done, the others' entries handed to the collector as if
    // extracted here. One another node marked done without an entry (it could not read or extract it there, or its
    // copy of the input differs), or whose staged text is not there, is extracted here, so its issues are this node's.
    private async Task ShareAsync(ClusterShare share, InputListing listing, IReadOnlyList<string> keys, IReadOnlySet<string> held, ChannelWriter<Extracted> output, CancellationToken cancellationToken)
    {
        var entries = listing.Entries;
        var queued = Enumerable.Range(0, entries.Count).Where(i => !held.Contains(keys[i])).Select(i => new QueuedDocument(i, entries[i].Name, keys[i])).ToList();
        if (queued.Count == 0)
        {
            return;
        }

        share.Enqueue(queued);
        var mine = new HashSet<int>();
        await share.WorkAsync(
            async (document, ct) =>
            {
                var done = Extract(listing, entries[document.Position], document.Position, document.Key, ct);
                lock (mine)
                {
                    mine.Add(document.Position);
                }

                await output.WriteAsync(done, ct).ConfigureAwait(false);
                return done.ToCache;
            },
            parallelism,
            untilAllDone: true,
            cancellationToken).ConfigureAwait(false);
        foreach (var other in share.DoneByOthers(mine))
        {
            var (i, key) = (other.Position, keys[other.Position]);
            var staged = File.Exists(StagedText(entries[i].Name));
            var done = other.Entry is { } entry && entry.Doc == entries[i].Name && staged
                ? new Extracted(i, key, new DocumentSlot(null, [], null), entry, ByOtherNode: true)
                : Extract(listing, entries[i], i, key, cancellationToken);
            await output.WriteAsync(done, cancellationToken).ConfigureAwait(false);
        }
    }

    // The staged texts of documents other nodes extracted, stamped from their decoded entries' digests.
    private void StampOthers(bool[] byOthers, CachedExtraction?[] decoded, StampedText?[] texts)
    {
        for (var i = 0; i < byOthers.Length; i++)
        {
            if (byOthers[i] && decoded[i] is { } entry)
            {
                texts[i] = StampOf(entry.Text, entry.Document.Name);
            }
        }
    }

    // A cache entry as the table takes it: a hit, or a document extracted now once decoded.
    private static DocumentExtraction ExtractionOf(CachedExtraction entry) => new(entry.Document, entry.Facts, entry.Skipped);

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

        return new Extracted(index, key, new DocumentSlot(ExtractionOf(found), found.Warnings, null), null, found, reuse.Stamp);
    }
}
