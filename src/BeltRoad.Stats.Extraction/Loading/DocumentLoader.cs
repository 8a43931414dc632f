using System.Security.Cryptography;
using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading.Formats;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// Reads every document below a folder that a format reader knows (text, Markdown, PDF, web pages, Word),
/// in a fixed order. A file that cannot be read or decoded is reported by name and skipped; it never stops the others.
/// </summary>
public static class DocumentLoader
{
    /// <summary>Input files, relative paths with '/' separators, sorted ordinally so every machine sees the same order.</summary>
    public static IReadOnlyList<string> ListInputs(string folder) => ListInputs(folder, DocumentReaders.Default);

    /// <summary>The metadata sidecar of an input (relative to the folder), when it has one: it is part of the input.</summary>
    public static string? SidecarOf(string folder, string name) => MetadataSidecar.Find(folder, name);

    public static LoadResult LoadFolder(string folder) => LoadFolder(folder, DocumentReaders.Default);

    internal static IReadOnlyList<string> ListInputs(string folder, DocumentReaders readers) =>
        readers.Extensions
            .SelectMany(e => Directory.EnumerateFiles(folder, "*" + e, new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive }))
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Where(name => !name.Split('/').Any(part => part.StartsWith('.')))
            .Where(name => readers.For(name) is not null) // "*.htm" also matches "x.htmlx" on some systems
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    internal static LoadResult LoadFolder(string folder, DocumentReaders readers)
    {
        var documents = new List<SourceDocument>();
        var issues = new List<RunIssue>();
        foreach (var name in ListInputs(folder, readers))
        {
            var (document, fileIssues) = LoadFile(folder, name, readers);
            if (document is not null)
            {
                documents.Add(document);
            }

            issues.AddRange(fileIssues);
        }

        return new(documents, issues);
    }

    internal static (SourceDocument? Document, IReadOnlyList<RunIssue> Issues) LoadFile(string folder, string name, DocumentReaders readers)
    {
        var reader = readers.For(name) ?? throw new ArgumentException($"{name}: no reader for this file type", nameof(name));
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(folder, name));
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
        var metadata = Sidecar(folder, name, issues).Over(read.Metadata);
        try
        {
            return (new SourceDocument(Describe(name, bytes, reader.Format, read, metadata), read.Text), issues);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            issues.Add(RunIssue.Failure(name, $"skipped: its header could not be read: {e.Message}"));
            return (null, issues);
        }
    }

    // A broken sidecar is the user's note gone wrong, not the document: say so and read the document without it.
    private static DocumentMetadata Sidecar(string folder, string name, List<RunIssue> issues)
    {
        if (MetadataSidecar.Find(folder, name) is not { } sidecar)
        {
            return DocumentMetadata.None;
        }

        try
        {
            return MetadataSidecar.Parse(File.ReadAllText(Path.Combine(folder, sidecar)));
        }
        catch (Exception e) when (e is JsonException or FormatException or IOException or UnauthorizedAccessException)
        {
            issues.Add(RunIssue.Warning(name, $"metadata sidecar {sidecar} ignored: {e.Message}"));
            return DocumentMetadata.None;
        }
    }

    private static DocumentInfo Describe(string name, byte[] bytes, string format, ReadDocument read, DocumentMetadata metadata) =>
        new(
            Name: name,
            Sha256: Convert.ToHexStringLower(SHA256.HashData(bytes)),
            SizeBytes: bytes.LongLength,
            Encoding: read.Encoding,
            Language: metadata.Language ?? LanguageDetector.Detect(read.Text),
            Title: metadata.Title ?? DocumentHeader.Title(read.Text, Path.GetFileNameWithoutExtension(name)),
            Date: metadata.Date ?? DocumentHeader.Date(read.Text),
            Length: read.Text.Length)
        {
            Format = format,
            Author = metadata.Author,
            Publisher = metadata.Publisher,
            Url = metadata.Url,
            Pages = read.Pages,
        };
}
