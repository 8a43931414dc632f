using System.Collections.Frozen;

namespace BeltRoad.Stats.Reporting.Formatting;

/// <summary>Why a mention was left out, in words; unknown reason codes are shown as they are.</summary>
internal static class SkipReasonWords
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["vague"] = "表述模糊（如“数十个”“大量”）",
        ["no_unit"] = "无法确定单位或计量对象",
        ["ordinal"] = "序数或届次（如“第三届”）",
        ["label"] = "编号、名称或篇章结构中的数字（如“三个方面”）",
        ["article"] = "“一个”“一批”等泛指（非计数）",
        ["threshold"] = "分类门槛（如“5000万美元以上的项目”）",
        ["floor"] = "连续多期的下限（如“连续19个月单月开行超过1000列”）",
        ["list_count"] = "对前列各项的计数（如“西、中、东三条通道”）",
        ["duration"] = "时长（如“3个多小时”）",
        ["rate"] = "汇率换算的两端（如“1元人民币兑4.52元新台币”）",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Of(string reason) => Words.GetValueOrDefault(reason, reason);
}
