namespace BeltRoad.Stats.Recognizers.Tests.Gold;

/// <summary>
/// The gold's "Excluded" list (shared/gold/README.md): ordinals, durations, names, plan-title years, list numbers and
/// vague magnitudes must never come out of the seeds as a quantity, percent or percentage-points mention.
/// </summary>
public sealed class SeedsExclusionTests
{
    private static readonly MentionKind[] FactKinds = [MentionKind.Quantity, MentionKind.Percent, MentionKind.PercentagePoints];

    [Theory]
    [InlineData("第三届")]
    [InlineData("第三屆")]
    [InlineData("第71届")]
    [InlineData("第2344号")]
    [InlineData("第一个")]
    [InlineData("10年来")]
    [InlineData("10周年")]
    [InlineData("20 多年来")]
    [InlineData("连续 7 年")]
    [InlineData("两千多年前")]
    [InlineData("一年来")]
    [InlineData("第二个十年")]
    [InlineData("三大洲")]
    [InlineData("五大洲")]
    [InlineData("两国双园")]
    [InlineData("八项行动")]
    [InlineData("六廊六路")]
    [InlineData("四位一体")]
    [InlineData("六大经济走廊")]
    [InlineData("中亚五国")]
    [InlineData("10+1")]
    [InlineData("5G")]
    [InlineData("K2")]
    [InlineData("K3")]
    [InlineData("北斗三号")]
    [InlineData("总体规划2025")]
    [InlineData("2063年议程")]
    [InlineData("2030愿景")]
    [InlineData("公路二期")]
    [InlineData("铁路一期")]
    [InlineData("（2017—2022）")]
    [InlineData("（2023-2025）")]
    [InlineData("2030年可持续发展议程")]
    [InlineData("72/144小时")]
    [InlineData("数万名")]
    [InlineData("数十万个")]
    [InlineData("数以万计")]
    [InlineData("数百万")]
    [InlineData("多条")]
    [InlineData("多个国家")]
    [InlineData("七次")]
    [InlineData("（一）")]
    [InlineData("（八十九）")]
    [InlineData("专栏 1")]
    public void Excluded_forms_in_the_seeds_are_never_statistics(string form)
    {
        var occurrences = 0;
        foreach (var path in Directory.GetFiles(TestPaths.Seeds, "*.txt"))
        {
            var text = File.ReadAllText(path);
            var mentions = SeedsGoldTests.Recognize(Path.GetFileName(path), text);
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
            {
                occurrences++;
                var bad = mentions.Where(m => FactKinds.Contains(m.Kind) && m.NumberStart < at + form.Length && at < m.NumberStart + m.NumberLength).ToList();
                Assert.True(bad.Count == 0, $"{Path.GetFileName(path)}: '{form}' came out as {string.Join(", ", bad.Select(m => $"'{m.Text}' {m.Kind}"))}");
            }
        }

        Assert.True(occurrences > 0, $"'{form}' does not occur in seeds/");
    }
}
