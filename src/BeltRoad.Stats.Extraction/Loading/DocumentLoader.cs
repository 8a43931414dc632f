using System.Security.Cryptography;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// Reads the documents of an input listing (<see cref="InputLister"/>), in its order. A file that cannot be read or
/// decoded is reported by name and skipped; it never stops the others. The listing's own skips come first.
/// </summary>
public static class DocumentLoader
{
    public static LoadResult LoadFolder(string folder) => Load(InputLister.List(folder, InputOptions.Default));

    public static LoadResult Load(InputListing listing)
    {
        var documents = new List<SourceDocument>();
        var issues = new List<RunIssue>(listing.Issues);
        foreach (var entry in listing.Entries)
        {
            var (document, issue) = LoadFile(entry, listing.Options.MaxDocumentBytes);
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

    public static (SourceDocument? Document, RunIssue? Issue) LoadFile(InputEntry entry, long limit)
    {
        var name = entry.Name;
        byte[] bytes;
        try
        {
            bytes = InputReader.ReadAll(entry, limit);
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
