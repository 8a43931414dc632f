using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Architecture.Tests;

/// <summary>
/// Resolvers are handed the catalogues they read (MeaningCatalogs, built once per run with the user's overlays): a
/// resolver that reached for a built-in table of its own (NameFinder.Default) would ignore the user's file.
/// </summary>
public partial class CatalogueAccessTests
{
    // The one place the built-in catalogues are read and put together.
    private const string CompositionRoot = "Meaning/MeaningCatalogs.cs";

    [Theory]
    [InlineData("Text")]
    [InlineData("Segmenting")]
    [InlineData("Normalizing")]
    [InlineData("Time")]
    [InlineData("Metrics")]
    [InlineData("Meaning")]
    [InlineData("Facts")]
    public void No_resolver_reads_a_static_default_catalogue(string folder)
    {
        var found = ExtractionSources.All
            .Where(s => s.Path.StartsWith(folder + "/", StringComparison.Ordinal) && s.Path != CompositionRoot)
            .SelectMany(s => StaticDefault().Matches(s.Code).Select(m => $"{s.Path}: {m.Value}"))
            .ToList();
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void A_static_default_is_seen_and_a_comparer_is_not()
    {
        Assert.Matches(StaticDefault(), "var names = NameFinder.Default.Find(text, 0, n);");
        Assert.Matches(StaticDefault(), "var words = Time.TimeWords.Default;");
        Assert.Matches(StaticDefault(), "new FactExtractor(MeaningCatalogs.BuiltIn)");
        Assert.DoesNotMatch(StaticDefault(), "EqualityComparer<T>.Default.Equals(a, b)");
    }

    [GeneratedRegex(@"(?<![\w>])[A-Z]\w*\.(Default|BuiltIn)\b")]
    private static partial Regex StaticDefault();
}
