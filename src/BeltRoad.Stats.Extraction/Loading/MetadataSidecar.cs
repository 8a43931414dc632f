using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// <c>NAME.meta.json</c> beside a document (for <c>report.pdf</c>: <c>report.pdf.meta.json</c>, else
/// <c>report.meta.json</c>) states its source when the file does not, or corrects it: title, author,
/// publisher, url, date (2023, 2023-10 or 2023-10-18) and language (zh-Hans, zh-Hant, en).
/// </summary>
internal static class MetadataSidecar
{
    public const string Suffix = ".meta.json";

    private static readonly string[] Fields = ["title", "author", "publisher", "url", "date", "language"];

    /// <summary>The names a sidecar of <paramref name="name"/> may have, the first found wins.</summary>
    public static IReadOnlyList<string> Candidates(string name)
    {
        var extension = Path.GetExtension(name);
        return [name + Suffix, name[..^extension.Length] + Suffix];
    }

    public static bool IsSidecarName(string name) => name.EndsWith(Suffix, StringComparison.Ordinal);

    /// <exception cref="FormatException">The sidecar is not the JSON object described above; the message says what is wrong.</exception>
    public static DocumentMetadata Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("it is not a JSON object");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!Fields.Contains(property.Name))
            {
                throw new FormatException($"unknown field \"{property.Name}\" (known: {string.Join(", ", Fields)})");
            }

            values[property.Name] = property.Value.ValueKind == JsonValueKind.String
                ? property.Value.GetString()!
                : throw new FormatException($"\"{property.Name}\" must be a string");
        }

        return new DocumentMetadata(
            Title: DocumentMetadata.Clean(values.GetValueOrDefault("title")),
            Author: DocumentMetadata.Clean(values.GetValueOrDefault("author")),
            Publisher: DocumentMetadata.Clean(values.GetValueOrDefault("publisher")),
            Url: DocumentMetadata.Clean(values.GetValueOrDefault("url")),
            Date: values.TryGetValue("date", out var date) ? ParseDate(date) : null,
            Language: values.TryGetValue("language", out var language) ? DocumentLanguageCodes.Parse(language.Trim()) : null);
    }

    private static PeriodPoint ParseDate(string date) =>
        PeriodPoint.TryParse(date.Trim(), out var point) ? point : throw new FormatException($"\"date\" must be 2023, 2023-10 or 2023-10-18, not \"{date}\"");
}
