using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Tests;

/// <summary>The label table's words are resolved whole; a role the recognizer cannot resolve there fails the table as it loads.</summary>
public class LabelTableTests
{
    [Theory]
    [InlineData("name")]
    [InlineData("vague")]
    [InlineData("pct:0.1")]
    [InlineData("period:1:6")]
    [InlineData("monthend_of:10")]
    [InlineData("relyear:-1")]
    [InlineData("decade:10")]
    [InlineData("skip")]
    [InlineData("url")]
    public void A_role_resolved_whole_is_a_label(string code) =>
        Assert.Contains(CultureTables.ParseLabel(code).Role, CultureTables.LabelRoles);

    [Theory]
    [InlineData("unit:trains")]
    [InlineData("q:more_than")]
    [InlineData("ord")]
    [InlineData("time:as_of")]
    [InlineData("filler")]
    public void Any_other_role_fails_naming_the_code(string code)
    {
        var e = Assert.Throws<FormatException>(() => CultureTables.ParseLabel(code));
        Assert.Contains($"'{code}'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecognizerCulture.ZhHans)]
    [InlineData(RecognizerCulture.ZhHant)]
    [InlineData(RecognizerCulture.En)]
    public void Every_cultures_label_table_loads(RecognizerCulture culture) =>
        Assert.NotNull(CultureTables.Build(culture).Labels);
}
