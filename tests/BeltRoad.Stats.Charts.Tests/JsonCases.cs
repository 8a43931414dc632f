using System.Text.Json;

namespace BeltRoad.Stats.Charts.Tests;

/// <summary>Reads a data-driven spec from Data/*.json next to the test assembly.</summary>
internal static class JsonCases
{
    public static IEnumerable<object[]> Read(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", fileName);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(element => new object[] { element.GetRawText() }).ToList();
    }
}
