using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading.Formats;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// Reads the documents of an input listing (<see cref="InputLister"/>), in its order: the listing decides which files
/// exist and bounds every read; the format reader chosen by extension (text, Markdown, PDF, web pages, Word) decodes
/// the bytes. A file that cannot be read or decoded is reported by name and skipped; it never stops the others. The
/// listing's own skips come first.
/// </summary>
public static class DocumentLoader
{
    /// <summary>The metadata sidecar of an input (relative to the folder), when it has one: it is part of the input.</summary>
    public static string? SidecarOf(string folder, string name) => InputLister.List(folder, InputOptions.Default).SidecarOf(name)?.Name;

    public static LoadResult LoadFolder(string folder) => Load(InputLister.List(folder, InputOptions.Default));

    public static LoadResult Load(InputListing listing) => Load(listing, DocumentReaders.Default);

    /// <summary>One document of the listing, read and decoded, or the issues that kept it out; for a run that streams its documents.</summary>
    public static (SourceDocument? Document, IReadOnlyList<RunIssue> Issues) LoadFile(InputListing listing, InputEntry entry, CancellationToken cancellation = default) =>
        LoadFile(listing, entry, DocumentReaders.Default, cancellation);

    internal static LoadResult LoadFolder(string folder, DocumentReaders readers, InputOptions? options = null) =>
        Load(InputLister.List(folder, (options ?? InputOptions.Default) with { Extensions = readers.Extensions }), readers);

    internal static LoadResult Load(InputListing listing, DocumentReaders readers)
    {
        var documents = new List<SourceDocument>();
        var issues = new List<RunIssue>(listing.Issues);
        foreach (var entry in listing.Entries)
        {
            var (document, fileIssues) = LoadFile(listing, entry, readers);
            if (document is not null)
            {
                documents.Add(document);
            }

            issues.AddRange(fileIssues);
        }

        return new(documents, issues);
    }

    /// <param name="cancellation">Ends when the document's time is up (<see cref="DocumentGuard"/>): the reader stops, and so does the loading.</param>
    internal static (SourceDocument? Document, IReadOnlyList<RunIssue> Issues) LoadFile(InputListing listing, InputEntry entry, DocumentReaders readers, CancellationToken cancellation = default)
    {
        var name = entry.Name;
        if (readers.For(name) is not { } reader)
        {
            return (null, [RunIssue.Failure(name, "skipped: no reader for this file type")]);
        }

        byte[] bytes;
        try
        {
            bytes = InputReader.ReadAll(entry, listing.Options.MaxDocumentBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [RunIssue.Failure(name, $"cannot be read: {e.Message}")]);
        }

        var limits = listing.Options.Limits;
        ReadDocument read;
        try
        {
            var raw = reader.ParsesStructure
                ? DocumentGuard.Run(limits.TimeBudget, deadline => ReadWithin(reader, bytes, limits, cancellation, deadline))
                : reader.Read(bytes, limits, cancellation);
            read = Bounded(raw, reader.ParsesStructure, limits);
        }
        catch (DecodeFailure e)
        {
            return (null, [new RunIssue(e.Severity, name, $"skipped: {e.Message}")]);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException or InsufficientExecutionStackException))
        {
            // A parser's own failure on a malformed file (AngleSharp) stays this file's problem.
            return (null, [RunIssue.Failure(name, $"skipped: could not be read as {reader.Format}: {e.GetType().Name}: {e.Message}")]);
        }

        if (string.IsNullOrWhiteSpace(read.Text))
        {
            return (null, [RunIssue.Warning(name, "skipped: the file is empty")]);
        }

        var issues = read.Warnings.Select(w => RunIssue.Warning(name, w)).ToList();
        var sidecar = Sidecar(listing, name, issues);
        var metadata = sidecar.Over(read.Metadata);
        try
        {
            return (new SourceDocument(Describe(name, bytes, reader.Format, read, metadata, sidecar, issues), read.Text), issues);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            issues.Add(RunIssue.Failure(name, $"skipped: its header could not be read: {e.Message}"));
            return (null, issues);
        }
    }

    private static ReadDocument ReadWithin(IDocumentReader reader, byte[] bytes, ReadLimits limits, CancellationToken cancellation, CancellationToken deadline)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellation, deadline);
        return reader.Read(bytes, limits, both.Token);
    }

    // The text limits once more where every reader's text passes, whatever the reader: a reader that kept to them
    // (they all do, as they read) passes unchanged; the others' text is held to them here.
    private static ReadDocument Bounded(ReadDocument read, bool parsed, ReadLimits limits)
    {
        if (parsed && read.Text.Length > limits.MaxTextCharacters)
        {
            throw DecodeFailure.TooMuchText(limits.MaxTextCharacters);
        }

        if (read.Pages is not { } pages || !Spans(read.Text, pages).Any(p => p.Length > ReadLimits.MaxPageCharacters + 1))
        {
            return read;
        }

        var paged = new Formats.PagedText(limits, CancellationToken.None);
        foreach (var (start, length) in Spans(read.Text, pages))
        {
            paged.Add(read.Text.AsSpan(start, length).TrimEnd('\f'));
        }

        var text = paged.ToString();
        return read with { Text = text, Pages = PageMap.FromFormFeeds(text), Warnings = [.. read.Warnings, .. paged.Warnings] };
    }

    private static IEnumerable<(int Start, int Length)> Spans(string text, PageMap pages) =>
        pages.Starts.Select((start, i) => (start, (i + 1 < pages.Count ? pages.Starts[i + 1] : text.Length) - start));

    // A broken or oversized sidecar is the user's note gone wrong, not the document: say so and read the document without it.
    private static DocumentMetadata Sidecar(InputListing listing, string name, List<RunIssue> issues)
    {
        if (listing.SidecarOf(name) is not { } sidecar)
        {
            return DocumentMetadata.None;
        }

        try
        {
            return sidecar.Length > ReadLimits.MaxSidecarBytes
                ? throw new FormatException($"it is {InputLister.Megabytes(sidecar.Length)}, more than the {ReadLimits.MaxSidecarBytes / 1024} KB a sidecar of a few one-line fields may have")
                : MetadataSidecar.Parse(Encoding.UTF8.GetString(InputReader.ReadAll(sidecar, ReadLimits.MaxSidecarBytes)));
        }
        catch (Exception e) when (e is JsonException or FormatException or IOException or UnauthorizedAccessException)
        {
            issues.Add(RunIssue.Warning(name, $"metadata sidecar {sidecar.Name} ignored: {e.Message}"));
            return DocumentMetadata.None;
        }
    }

    // The date: the dateline's day, its year from what the metadata says (DocumentHeader.Date). The publisher: the user's
    // sidecar, else the one the text names, else the page's head. Every field a line: whatever the file, its sidecar or
    // its name holds (a megabyte, a newline, a bidi override).
    private static DocumentInfo Describe(string name, byte[] bytes, string format, ReadDocument read, DocumentMetadata metadata, DocumentMetadata sidecar, List<RunIssue> issues)
    {
        string? Field(string field, string? value, int max)
        {
            var line = DisplayText.Line(value, max);
            if (line is not null && value!.Length > max && line.EndsWith('…'))
            {
                issues.Add(RunIssue.Warning(name, string.Create(CultureInfo.InvariantCulture, $"its {field} is {value.Length:N0} characters long; cut to {max}")));
            }

            return line;
        }

        var title = Field("title", metadata.Title ?? DocumentHeader.Title(read.Text, Path.GetFileNameWithoutExtension(name)), DocumentMetadata.MaxTitle);
        return new(
            Name: name,
            Sha256: Convert.ToHexStringLower(SHA256.HashData(bytes)),
            SizeBytes: bytes.LongLength,
            Encoding: read.Encoding,
            Language: metadata.Language ?? LanguageDetector.Detect(read.Text),
            Title: title ?? DisplayText.Visible(Path.GetFileNameWithoutExtension(name)),
            Date: DocumentHeader.Date(read.Text, metadata.Date),
            Length: read.Text.Length)
        {
            Format = format,
            Author = Field("author", metadata.Author, DocumentMetadata.MaxName),
            Publisher = Field("publisher", sidecar.Publisher ?? DocumentHeader.Publisher(read.Text, metadata.Publisher) ?? metadata.Publisher, DocumentMetadata.MaxName),
            Url = Field("url", metadata.Url, DocumentMetadata.MaxUrl),
            Pages = read.Pages,
        };
    }
}
