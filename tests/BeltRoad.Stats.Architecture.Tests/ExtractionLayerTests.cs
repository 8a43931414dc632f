using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Architecture.Tests;

/// <summary>
/// The folders of the extraction project are layers as the projects are: a namespace uses only the ones below it, so
/// no two folders import each other in a circle. Read from the sources (using directives, qualified names of the
/// other folders' types), comments left aside.
/// </summary>
public partial class ExtractionLayerTests
{
    // Bottom first: each namespace may use those before it, never one after it. "" is the project's root namespace
    // (embedded data, the recognizer mapping), below everything; a sub-folder (Loading/Formats) belongs to its folder.
    private static readonly string[] Layers = ["", "Text", "Loading", "Segmenting", "Normalizing", "Time", "Metrics", "Meaning", "Facts"];

    private static readonly IReadOnlyList<Source> Sources = Read();

    public static TheoryData<string> Namespaces() => [.. Layers];

    [Fact]
    public void Every_folder_of_the_extraction_project_has_a_place_in_the_layers() =>
        Assert.All(Sources.Select(s => s.Layer).Distinct(), layer => Assert.Contains(layer, Layers));

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void A_namespace_uses_only_the_layers_below_it(string layer)
    {
        var above = Layers[(Array.IndexOf(Layers, layer) + 1)..].Where(l => l.Length > 0).ToList();
        var typesOf = above.ToDictionary(l => l, l => Sources.Where(s => s.Layer == l).SelectMany(s => s.Declared).ToHashSet(StringComparer.Ordinal));
        var uses = Sources.Where(s => s.Layer == layer)
            .SelectMany(s => above.Where(l => Uses(s.Code, l, typesOf[l])).Select(l => $"{s.Path} uses {l}"))
            .ToList();
        Assert.True(uses.Count == 0, string.Join(Environment.NewLine, uses));
    }

    [Fact]
    public void A_use_of_a_layer_above_is_seen()
    {
        // The scan itself: a using directive and a qualified type name of a folder both count, a comment does not.
        HashSet<string> types = ["FactExtractor"];
        Assert.True(Uses("using BeltRoad.Stats.Extraction.Facts;\nclass A;", "Facts", types));
        Assert.True(Uses("var x = Facts.FactExtractor.IsFigure(m);", "Facts", types));
        Assert.False(Uses(ExtractionSources.Code("// see Facts.FactExtractor\nvar facts = x.Facts.Count;"), "Facts", types));
    }

    private static bool Uses(string code, string layer, HashSet<string> types)
    {
        var project = ExtractionSources.Project;
        if (code.Contains($"{project}.{layer};", StringComparison.Ordinal) || code.Contains($"{project}.{layer}.", StringComparison.Ordinal))
        {
            return true;
        }

        return Qualified().Matches(code).Any(m => m.Groups["ns"].Value == layer && types.Contains(m.Groups["type"].Value));
    }

    private static List<Source> Read() =>
        [.. ExtractionSources.All.Select(s => new Source(s.Path, FileNamespace().Match(s.Code).Groups["ns"].Value.Split('.')[0], s.Code,
            [.. Declaration().Matches(s.Code).Select(m => m.Groups["type"].Value)]))];

    private sealed record Source(string Path, string Layer, string Code, IReadOnlyList<string> Declared);

    [GeneratedRegex(@"^namespace BeltRoad\.Stats\.Extraction\.?(?<ns>[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+(?<type>\w+)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"(?<![\w.])(?<ns>[A-Z]\w*)\.(?<type>[A-Z]\w*)")]
    private static partial Regex Qualified();
}
