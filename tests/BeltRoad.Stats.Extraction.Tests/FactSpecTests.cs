using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>
/// The meaning of each figure, case by case from the data in Spec/: as-of-spec.json (the seven as_of rules with
/// their basis), meaning-spec.json (metric, entity, indicator, nature, aggregation) and gazetteer-spec.json (the entity catalogue
/// naming projects, operators and city services in three scripts). A case lists values and the fields
/// expected of each, and "absent" the numbers that must not become facts; known gaps are printed, not asserted.
/// </summary>
public class FactSpecTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string[] Files = ["as-of-spec.json", "meaning-spec.json", "gazetteer-spec.json"];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var file in Files)
        {
            foreach (var c in Spec(file))
            {
                cases.Add(file, c.GetProperty("name").GetString()!);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_figure_has_the_meaning_its_rule_gives(string file, string name)
    {
        var spec = Spec(file).Single(c => c.GetProperty("name").GetString() == name);
        var date = spec.TryGetProperty("date", out var d) && PeriodPoint.TryParse(d.GetString()!, out var point) ? point : (PeriodPoint?)null;
        var facts = Documents.Facts(spec.GetProperty("text").GetString()!, date);
        var problems = new List<string>();
        foreach (var expected in spec.GetProperty("facts").EnumerateArray())
        {
            var value = expected.GetProperty("value").GetDecimal();
            var matching = facts.Where(f => f.Value == value).ToList();
            // "count": list items of one value (100亿 for roads, 100亿 for ports) are that many facts, each checked.
            var count = expected.TryGetProperty("count", out var c) ? c.GetInt32() : 1;
            if (matching.Count != count)
            {
                problems.Add($"{value}: {matching.Count} facts with this value, expected {count}");
                continue;
            }

            foreach (var fact in matching)
            {
                CheckFact(expected, fact, problems, value);
            }
        }

        // A number the text states but that is no figure (a category threshold, a month read from a lost dash).
        if (spec.TryGetProperty("absent", out var absent))
        {
            foreach (var value in absent.EnumerateArray().Select(a => a.GetDecimal()).Where(v => facts.Any(f => f.Value == v)))
            {
                problems.Add($"{value}: a fact, expected none");
            }
        }

        if (spec.TryGetProperty("known_gap", out var gap))
        {
            output.WriteLine($"known gap ({gap.GetString()}): {string.Join("; ", problems)}");
            return;
        }

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    private static void CheckFact(JsonElement expected, Fact fact, List<string> problems, decimal value)
    {
        Check(expected, "as_of", fact.AsOf?.ToString(), problems, value);
        // An undated figure has no basis; a dated one's basis is checked where the case names it.
        if (expected.TryGetProperty("as_of", out var asOf) && (asOf.ValueKind == JsonValueKind.Null || expected.TryGetProperty("basis", out _)))
        {
            Check(expected, "basis", fact.AsOfBasis?.Code(), problems, value, nullWhenAbsent: true);
        }

        Check(expected, "unit", fact.Unit.Code(), problems, value);
        Check(expected, "metric", fact.Metric.Value, problems, value);
        Check(expected, "entity", fact.Entity, problems, value);
        Check(expected, "indicator", fact.Indicator, problems, value);
        Check(expected, "nature", fact.Nature.Code(), problems, value);
        Check(expected, "aggregation", fact.Aggregation.Code(), problems, value);
    }

    private static void Check(JsonElement expected, string field, string? actual, List<string> problems, decimal value, bool nullWhenAbsent = false)
    {
        if (!expected.TryGetProperty(field, out var e) && !nullWhenAbsent)
        {
            return;
        }

        var want = expected.TryGetProperty(field, out e) ? e.GetString() : null;
        if (want != actual)
        {
            problems.Add($"{value}: {field} {actual ?? "null"}, expected {want ?? "null"}");
        }
    }

    private static List<JsonElement> Spec(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Spec", file)));
        return [.. json.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone())];
    }
}
