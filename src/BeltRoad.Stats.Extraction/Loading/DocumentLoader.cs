using System.Security.Cryptography;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// Reads every *.txt and *.md below a folder, in a fixed order. A file that cannot be read or decoded is
/// reported by name and skipped; it never stops the others.
/// </summary>
public static class DocumentLoader
{
    private static readonly string[] Patterns = ["*.txt", "*.md"];

    /// <summary>Input files, relative paths with '/' separators, sorted ordinally so every machine sees the same order.</summary>
    public static IReadOnlyList<string> ListInputs(string folder) =>
        Patterns
            .SelectMany(p => Directory.EnumerateFiles(folder, p, new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive }))
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Where(name => !name.Split('/').Any(part => part.StartsWith('.')))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static LoadResult LoadFolder(string folder)
    {
        var documents = new List<SourceDocument>();
        var issues = new List<RunIssue>();
        foreach (var name in ListInputs(folder))
        {
            var (document, issue) = LoadFile(folder, name);
            if (document is not null)
            {
                documents.Add(document);
            }

            if (issue is not null)
            {
                issues.Add(issue);
            }
        }

        return new(documents, issues);
    }

    public static (SourceDocument? Document, RunIssue? Issue) LoadFile(string folder, string name)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(folder, name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, RunIssue.Failure(name, $"cannot be read: {e.Message}"));
        }

        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(bytes);
        }
        catch (DecodeFailure e)
        {
            return (null, RunIssue.Failure(name, $"skipped: {e.Message}"));
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return (null, RunIssue.Warning(name, "skipped: the file is empty"));
        }

        try
        {
            return (new SourceDocument(Describe(name, bytes, decoded), decoded.Text), null);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return (null, RunIssue.Failure(name, $"skipped: its header could not be read: {e.Message}"));
        }
    }

    private static DocumentInfo Describe(string name, byte[] bytes, DecodedText decoded) =>
        new(
            Name: name,
            Sha256: Convert.ToHexStringLower(SHA256.HashData(bytes)),
            SizeBytes: bytes.LongLength,
            Encoding: decoded.EncodingName,
            Language: LanguageDetector.Detect(decoded.Text),
            Title: DocumentHeader.Title(decoded.Text, Path.GetFileNameWithoutExtension(name)),
            Date: DocumentHeader.Date(decoded.Text),
            Length: decoded.Text.Length);
}
