using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

public sealed class CoverPageTests
{
    [Fact]
    public void The_cover_counts_each_entity_once_however_its_facts_are_spread_and_facts_without_one_as_one_more()
    {
        // 中欧班列 twice apart and once as another string object, facts without an entity before and after B.
        var builder = new FactBuilder().Document("a.txt", "甲", "2023-10-18");
        foreach (var entity in new[] { "中欧班列", "", "亚投行", new string("中欧班列".AsSpan()), "", "中欧班列" })
        {
            builder.Fact("a.txt", "train_count", "开行", 1m, Unit.Trains, "2023").Meaning(entity, "开行列数");
        }

        var model = ReportModelBuilder.Build(builder.Input());

        Assert.Equal(ModelFacts.Of(model).Select(f => f.Fact.Entity).Distinct(StringComparer.Ordinal).Count(), model.EntityCount);
        Assert.Equal(3, model.EntityCount);
    }
}
