using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>The as_of rules of MEANING.md version 2, case by case from Spec/as-of-spec.json.</summary>
public class AsOfSpecTests
{
    public static TheoryData<string> Cases() => [.. Spec().Select(c => c.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_figure_gets_the_as_of_and_basis_its_rule_gives(string name)
    {
        var spec = Spec().Single(c => c.GetProperty("name").GetString() == name);
        var date = spec.TryGetProperty("date", out var d) && PeriodPoint.TryParse(d.GetString()!, out var point) ? point : (PeriodPoint?)null;
        var facts = Documents.Facts(spec.GetProperty("text").GetString()!, date);
        foreach (var expected in spec.GetProperty("facts").EnumerateArray())
        {
            var value = expected.GetProperty("value").GetDecimal();
            var fact = Assert.Single(facts, f => f.Value == value);
            var asOf = expected.GetProperty("as_of").GetString();
            Assert.True(asOf == fact.AsOf?.ToString(), $"{value}: as_of {fact.AsOf?.ToString() ?? "null"}, expected {asOf ?? "null"}");
            var basis = expected.TryGetProperty("basis", out var b) ? b.GetString() : null;
            Assert.True(basis == fact.AsOfBasis?.Code(), $"{value}: basis {fact.AsOfBasis?.Code() ?? "null"}, expected {basis ?? "null"}");
        }
    }

    private static List<JsonElement> Spec()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Spec", "as-of-spec.json")));
        return [.. json.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone())];
    }
}
