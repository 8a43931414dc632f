using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Meaning;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Time;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>
/// Each meaning field is decided by an ordered list of named rules, and the extractor says which rule gave each fact's
/// field: every rule of every list gives some figure of the spec passages or the seeds (a rule no text reaches is dead).
/// </summary>
public class MeaningRuleTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<(Fact Fact, MeaningRules Rules)>> Explained = new(Explain);

    public static TheoryData<string, string> Rules()
    {
        var rules = new TheoryData<string, string>();
        foreach (var (field, names) in Fields)
        {
            foreach (var name in names)
            {
                rules.Add(field, name);
            }
        }

        return rules;
    }

    private static IEnumerable<(string Field, IReadOnlyList<string> Names)> Fields =>
    [
        ("as_of", AsOfResolver.RuleNames),
        ("entity", EntityResolver.RuleNames),
        ("indicator", IndicatorResolver.RuleNames),
        ("nature", NatureResolver.RuleNames),
        ("aggregation", AggregationResolver.RuleNames),
    ];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_rule_gives_some_figure_of_the_spec_or_the_seeds(string field, string rule)
    {
        var given = Explained.Value.Where(e => RuleOf(e.Rules, field) == rule).ToList();
        output.WriteLine($"{field} / {rule}: {given.Count} facts, e.g. {string.Join(" | ", given.Take(3).Select(e => e.Fact.Quote))}");
        Assert.NotEmpty(given);
    }

    public static TheoryData<string> FieldNames() => [.. Fields.Select(f => f.Field)];

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void The_documented_rules_are_the_codes_in_its_order(string field)
    {
        // docs/architecture-meaning.md lists each field's rules under "### field (file)", one numbered line each: `name` — what it does.
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Path, "docs", "architecture-meaning.md"));
        var heading = Array.FindIndex(lines, l => l.StartsWith($"### {field} (", StringComparison.Ordinal));
        Assert.True(heading >= 0, $"docs/architecture-meaning.md has no section for {field}");
        var documented = lines.Skip(heading + 1).TakeWhile(l => !l.StartsWith('#'))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\d+\. `([^`]+)`")).Where(m => m.Success).Select(m => m.Groups[1].Value);

        Assert.Equal(Fields.Single(f => f.Field == field).Names, documented);
    }

    private static string RuleOf(MeaningRules rules, string field) => field switch
    {
        "as_of" => rules.AsOf,
        "entity" => rules.Entity,
        "indicator" => rules.Indicator,
        "nature" => rules.Nature,
        "aggregation" => rules.Aggregation,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "no such field"),
    };

    private static List<(Fact, MeaningRules)> Explain()
    {
        var explained = new List<(Fact, MeaningRules)>();
        var extractor = new FactExtractor(MetricCatalog.Default);
        foreach (var document in DocumentLoader.LoadFolder(RepoRoot.Seeds).Documents.Concat(SpecDocuments()))
        {
            extractor.Extract(document, (fact, rules) => explained.Add((fact, rules)));
        }

        return explained;
    }

    private static IEnumerable<SourceDocument> SpecDocuments()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Spec"), "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var c in json.RootElement.GetProperty("cases").EnumerateArray())
            {
                var date = c.TryGetProperty("date", out var d) && PeriodPoint.TryParse(d.GetString()!, out var point) ? point : (PeriodPoint?)null;
                yield return Documents.Of("spec.txt", c.GetProperty("text").GetString()!, date);
            }
        }
    }
}
