using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Metrics;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>Builds in-memory documents the way the loader would.</summary>
internal static class Documents
{
    public static SourceDocument Of(string name, string text, PeriodPoint? date = null) =>
        new(new DocumentInfo(name, "0", text.Length, "utf-8", LanguageDetector.Detect(text), DocumentHeader.Title(text, name), date, text.Length), text);

    public static IReadOnlyList<Fact> Facts(string text, PeriodPoint? date = null) =>
        new FactExtractor(MetricCatalog.Default).Extract(Of("doc.txt", text, date)).Facts;

    public static Fact Single(string text, decimal value, PeriodPoint? date = null) =>
        Assert.Single(Facts(text, date), f => f.Value == value);
}
