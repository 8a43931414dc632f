using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// One document read, extracted, its text written into a staging folder and its cache entry encoded: what a run's
/// worker does with a document the cache cannot give, and what a cluster node helping another node's run does
/// (<see cref="ClusterHelper"/>). The extraction itself is dropped: the entry stands for it.
/// </summary>
/// <param name="ReadIssues">What reading the document said (warnings; the failure when it could not be read).</param>
/// <param name="Failure">Why it could not be extracted, when it was read but not extracted.</param>
/// <param name="Entry">The encoded cache entry; null when the document was not extracted.</param>
/// <param name="Text">The staged text's digest; null when the document was not extracted.</param>
internal sealed record OneDocument(IReadOnlyList<RunIssue> ReadIssues, RunIssue? Failure, EncodedExtraction? Entry, TextDigest? Text)
{
    /// <param name="reading">Called before the file is read; what it returns is disposed once it is read.</param>
    public static OneDocument Extract(FactTableBuilder builder, InputListing listing, InputEntry entry, string staging, Func<InputEntry, IDisposable?> reading, CancellationToken cancellationToken)
    {
        SourceDocument? document;
        IReadOnlyList<RunIssue> readIssues;
        using (reading(entry))
        {
            (document, readIssues) = DocumentLoader.LoadFile(listing, entry, cancellationToken);
        }

        if (document is null)
        {
            return new OneDocument(readIssues, null, null, null);
        }

        var (extraction, failure) = builder.TryExtract(document);
        if (extraction is null)
        {
            return new OneDocument(readIssues, failure, null, null);
        }

        var text = DocumentTextsWriter.Write(staging, extraction.Document, document.Text);
        var cached = new CachedExtraction(extraction.Document, text, extraction.Facts, extraction.Skipped, readIssues);
        return new OneDocument(readIssues, null, ExtractionCache.Encode(cached), text);
    }
}
