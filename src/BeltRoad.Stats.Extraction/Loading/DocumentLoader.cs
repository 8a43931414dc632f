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
    public static (SourceDocument? Document, IReadOnlyList<RunIssue> Issues) LoadFile(InputListing listing, InputEntry entry) =>
        LoadFile(listing, entry, DocumentReaders.Default);

    internal static LoadResult LoadFolder(string folder, DocumentReaders readers) =>
        Load(InputLister.List(folder, InputOptions.Default with { Extensions = readers.Extensions }), readers);

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

    internal static (SourceDocument? Document, IReadOnlyList<RunIssue> Issues) LoadFile(InputListing listing, InputEntry entry, DocumentReaders readers)
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

        ReadDocument read;
        try
        {
            read = reader.Read(bytes);
        }
        catch (DecodeFailure e)
        {
            return (null, [new RunIssue(e.Severity, name, $"skipped: {e.Message}")]);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // A parser's own failure on a malformed file (AngleSharp, Open XML SDK) stays this file's problem.
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
            return (new SourceDocument(Describe(name, bytes, reader.Format, read, metadata, sidecar), read.Text), issues);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            issues.Add(RunIssue.Failure(name, $"skipped: its header could not be read: {e.Message}"));
            return (null, issues);
        }
    }

    // A broken sidecar is the user's note gone wrong, not the document: say so and read the document without it.
    private static DocumentMetadata Sidecar(InputListing listing, string name, List<RunIssue> issues)
    {
        if (listing.SidecarOf(name) is not { } sidecar)
        {
            return DocumentMetadata.None;
        }

        try
        {
            return MetadataSidecar.Parse(Encoding.UTF8.GetString(InputReader.ReadAll(sidecar, listing.Options.MaxDocumentBytes)));
        }
        catch (Exception e) when (e is JsonException or FormatException or IOException or UnauthorizedAccessException)
        {
            issues.Add(RunIssue.Warning(name, $"metadata sidecar {sidecar.Name} ignored: {e.Message}"));
            return DocumentMetadata.None;
        }
    }

    // The date: the dateline's day, its year from what the metadata says (DocumentHeader.Date). The publisher: the user's
    // sidecar, else the one the text names, else the page's head.
    private static DocumentInfo Describe(string name, byte[] bytes, string format, ReadDocument read, DocumentMetadata metadata, DocumentMetadata sidecar) =>
        new(
            Name: name,
            Sha256: Convert.ToHexStringLower(SHA256.HashData(bytes)),
            SizeBytes: bytes.LongLength,
            Encoding: read.Encoding,
            Language: metadata.Language ?? LanguageDetector.Detect(read.Text),
            Title: metadata.Title ?? DocumentHeader.Title(read.Text, Path.GetFileNameWithoutExtension(name)),
            Date: DocumentHeader.Date(read.Text, metadata.Date),
            Length: read.Text.Length)
        {
            Format = format,
            Author = metadata.Author,
            Publisher = sidecar.Publisher ?? DocumentHeader.Publisher(read.Text) ?? metadata.Publisher,
            Url = metadata.Url,
            Pages = read.Pages,
        };
}
