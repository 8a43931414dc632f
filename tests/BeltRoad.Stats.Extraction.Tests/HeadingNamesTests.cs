using BeltRoad.Stats.Extraction.Meaning;

namespace BeltRoad.Stats.Extraction.Tests;

public class HeadingNamesTests
{
    private static readonly string[] Paths =
    [
        "一、总体情况 > 专栏6 鲁班工坊",
        "二、设施联通 > 专栏4 甘泉行动增进澜湄地区民生福祉",
        "三、资金融通 > 亚洲基础设施投资银行",
        "四、民心相通",
        "专栏1",
    ];

    // Shared by every document of an extractor: what a heading gives must not depend on which document asked first.
    [Fact]
    public void A_heading_gives_the_same_name_asked_again_or_from_another_table()
    {
        var shared = new HeadingNames(MeaningCatalogs.BuiltIn.Names);
        foreach (var path in Paths)
        {
            var first = shared.Of(path);
            Assert.Equal(first, shared.Of(path));
            Assert.Equal(first, new HeadingNames(MeaningCatalogs.BuiltIn.Names).Of(path));
        }

        Assert.Equal("鲁班工坊", shared.Of(Paths[0])?.Name);
    }

    // A long-lived scheduler process sees ever new headings: past the bound they are worked out each time, not kept.
    [Fact]
    public void Keeps_no_more_paths_than_its_bound_and_still_names_the_others()
    {
        var bounded = new HeadingNames(MeaningCatalogs.BuiltIn.Names, maxPaths: 2);
        var unbounded = new HeadingNames(MeaningCatalogs.BuiltIn.Names);
        foreach (var path in Paths)
        {
            Assert.Equal(unbounded.Of(path), bounded.Of(path));
        }

        Assert.Equal(2, bounded.Count);
        Assert.Equal(Paths.Length, unbounded.Count);
    }
}
