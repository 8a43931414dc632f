using System.Globalization;
using System.Text.Json;

namespace BeltRoad.Stats.Recognizers.Tests.Spec;

/// <summary>
/// The recognizer's own data-driven spec (Spec/recognizer-spec.json): the forms of issue 2, every figure of the
/// seeds gold, and the dates, ordinals and list numbers as written in seeds/.
/// </summary>
public sealed class RecognizerSpecTests
{
    private static readonly Lazy<Dictionary<int, SpecCase>> All = new(Load);

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        foreach (var id in All.Value.Keys)
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void The_spec_has_at_least_300_cases_covering_issue_forms_and_seeds()
    {
        Assert.True(All.Value.Count >= 300, $"{All.Value.Count} cases");
        Assert.Contains(All.Value.Values, c => c.Source == "issue");
        Assert.Contains(All.Value.Values, c => c.Source == "seeds-gold");
        Assert.Contains(All.Value.Values, c => c.Source == "seeds");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognizes_the_spec_case(int id)
    {
        var c = All.Value[id];
        Assert.True(RecognizerCultures.TryParse(c.Culture, out var culture), c.Culture);
        var options = c.ReferenceDate is { } date ? new RecognitionOptions(DateOnly.Parse(date, CultureInfo.InvariantCulture)) : null;
        var mentions = NumberRecognizer.For(culture).Recognize(c.Input, options);
        var got = string.Join("\n", mentions.Select(Describe));
        foreach (var expected in c.Expect)
        {
            Assert.True(mentions.Any(m => Matches(m, expected)), $"{c}\nexpected {expected}\ngot:\n{got}");
        }

        if (c.Complete)
        {
            Assert.True(mentions.Count == c.Expect.Count, $"{c}\nexpected exactly {c.Expect.Count} mentions, got:\n{got}");
        }
    }

    private static bool Matches(Mention m, SpecMention e) =>
        (e.Text is null || m.Text == e.Text) && m.Kind.Code() == e.Kind && m.Qualifier.Code() == e.Qualifier
        && Same(m.Value, e.Value) && Same(m.ValueHigh, e.ValueHigh) && (e.Unit is null || m.Unit.Code() == e.Unit)
        && (e.Time is null || m.Time?.ToIso() == e.Time) && (e.Role is null || m.Time?.Role.Code() == e.Role);

    private static bool Same(decimal? actual, decimal? expected) =>
        expected is null || (actual is { } a && Math.Abs(a - expected.Value) <= 0.000000001m * Math.Max(1m, Math.Abs(expected.Value)));

    private static string Describe(Mention m) =>
        $"'{m.Text}' {m.Kind.Code()} {m.Value} {m.ValueHigh} {m.Unit.Code()} {m.Qualifier.Code()} {m.Time?.ToIso()} {m.Time?.Role.Code()}";

    private static Dictionary<int, SpecCase> Load()
    {
        var path = Path.Combine(TestPaths.TestProject, "Spec", "recognizer-spec.json");
        return JsonSerializer.Deserialize<List<SpecCase>>(File.ReadAllText(path))!.ToDictionary(c => c.Id);
    }
}
