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
        ["label"] = "编号、名称中的数字",
        ["article"] = "“一个”“一批”等泛指（非计数）",
        ["threshold"] = "分类门槛（如“5000万美元以上的项目”）",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Of(string reason) => Words.GetValueOrDefault(reason, reason);
}
