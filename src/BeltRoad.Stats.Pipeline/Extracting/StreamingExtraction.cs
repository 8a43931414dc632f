using System.Diagnostics;
using System.Threading.Channels;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// Reads and extracts the listing's documents as a stream: workers (one per core) take each document from the cache or
/// load and extract it, and pass the result through a bounded channel to one collector, which writes the document's
/// text into the staging folder, stores a new result in the cache, and keeps only the facts. So no more than a few
/// documents' texts are in memory at once, whatever the corpus; the results land at their place in the listing, so
/// the table is the same whatever the number of workers and whether a document came from the cache.
/// </summary>
internal sealed class StreamingExtraction(FactTableBuilder builder, ExtractionCache cache, string staging, int parallelism, IProgress<DocumentProgress> progress)
{
    private sealed record Extracted(int Index, string Key, SourceDocument? Document, DocumentSlot Slot)
    {
        public bool FromCache { get; init; }
    }

    public async Task<FactTable> RunAsync(InputListing listing, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var entries = listing.Entries;
        var slots = new DocumentSlot[entries.Count];
        var held = cache.Keys();
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
                slots[extracted.Index] = Collect(extracted);
                progress.Report(new DocumentProgress(++done, entries.Count, watch.Elapsed));
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await workers.ConfigureAwait(false);
        }

        cache.Save(keys);
        return DocumentSlot.Assemble(listing.Issues, slots);
    }

    // On a worker: the one place a document's text is read and decoded.
    private Extracted Extract(InputListing listing, InputEntry entry, int index, string key)
    {
        var (document, readIssues) = DocumentLoader.LoadFile(listing, entry);
        if (document is null)
        {
            return new Extracted(index, key, null, new DocumentSlot(null, readIssues, null));
        }

        var (extraction, failure) = builder.TryExtract(document);
        return new Extracted(index, key, document, new DocumentSlot(extraction, readIssues, failure));
    }

    // A hit the cache cannot give back (damaged, another name) is extracted like a new document.
    private Extracted? FromCache(InputEntry entry, int index, string key)
    {
        if (cache.Find(key) is not { } entryFound || entryFound.Document.Name != entry.Name)
        {
            return null;
        }

        var extraction = new DocumentExtraction(entryFound.Document, entryFound.Facts, entryFound.Skipped);
        return new Extracted(index, key, new SourceDocument(entryFound.Document, entryFound.Text), new DocumentSlot(extraction, entryFound.Warnings, null)) { FromCache = true };
    }

    // On the collector only: the staging folder and the cache have one writer.
    private DocumentSlot Collect(Extracted extracted)
    {
        if (extracted is { Document: { } document, Slot.Extraction: { } extraction })
        {
            DocumentTextsWriter.WriteFiles(staging, [(extraction.Document, document.Text)]);
            if (!extracted.FromCache)
            {
                cache.Put(extracted.Key, new CachedExtraction(extraction.Document, document.Text, extraction.Facts, extraction.Skipped, extracted.Slot.ReadIssues));
            }
        }

        return extracted.Slot;
    }
}
