using System.Text.Json;

namespace BeltRoad.Stats.Extraction;

/// <summary>The data files shipped inside the assembly (Resources/*.json), read one way; a missing one is a build error, said loudly.</summary>
internal static class EmbeddedJson
{
    public static JsonDocument Open(string fileName)
    {
        using var stream = typeof(EmbeddedJson).Assembly.GetManifestResourceStream("BeltRoad.Stats.Extraction." + fileName)
            ?? throw new InvalidOperationException($"The embedded data file {fileName} is missing from the build.");
        return JsonDocument.Parse(stream);
    }
}
