using System.Text.Json;

namespace BeltRoad.Stats.Extraction;

/// <summary>The data files shipped inside the assembly (Resources/*.json), read one way; a missing one is a build error, said loudly.</summary>
internal static class EmbeddedJson
{
    /// <summary>A word listed twice in one catalogue would let the later definition win unseen: refused.</summary>
    internal static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false };

    public static JsonDocument Open(string fileName)
    {
        using var stream = Stream(fileName);
        return JsonDocument.Parse(stream, Options);
    }

    /// <summary>The file's text, for catalogues that parse a user's overlay file the same way.</summary>
    public static string ReadText(string fileName)
    {
        using var reader = new StreamReader(Stream(fileName));
        return reader.ReadToEnd();
    }

    private static Stream Stream(string fileName) =>
        typeof(EmbeddedJson).Assembly.GetManifestResourceStream("BeltRoad.Stats.Extraction." + fileName)
            ?? throw new InvalidOperationException($"The embedded data file {fileName} is missing from the build.");
}
