using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Recognizers.Tests.Stages;

/// <summary>Numerals → candidates → resolvers → model: a stage's code names no later stage.</summary>
public sealed partial class StageDependencyTests
{
    private static readonly string[] Order = ["Numerals", "Candidates", "Resolvers"];

    public static TheoryData<string> Stages() => [.. Order];

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_uses_no_later_stage(string stage)
    {
        var later = Order.SkipWhile(s => s != stage).Skip(1).ToArray();
        var folder = Path.Combine(TestPaths.Root, "src", "BeltRoad.Stats.Recognizers", stage);
        var offenders = Directory.GetFiles(folder, "*.cs")
            .SelectMany(file => Namespaces().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Stage: m.Groups[1].Value)))
            .Where(use => later.Contains(use.Stage))
            .Select(use => $"{use.File} uses {use.Stage}");
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"BeltRoad\.Stats\.Recognizers\.(\w+)")]
    private static partial Regex Namespaces();
}
