using System.Collections.Frozen;
using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Formatting;

/// <summary>How each unit is written after a Chinese number, and how its values are scaled. Data, not branches.</summary>
internal static class UnitWords
{
    private static readonly FrozenDictionary<Unit, (string Word, NumberScaleStyle Style)> Words = new Dictionary<Unit, (string, NumberScaleStyle)>
    {
        [Unit.Other] = ("", NumberScaleStyle.Chinese),
        [Unit.USD] = ("美元", NumberScaleStyle.Chinese),
        [Unit.CNY] = ("元", NumberScaleStyle.Chinese),
        [Unit.EUR] = ("欧元", NumberScaleStyle.Chinese),
        [Unit.OtherCurrency] = ("（其他货币）", NumberScaleStyle.Chinese),
        [Unit.Trains] = ("列", NumberScaleStyle.Chinese),
        [Unit.TEU] = ("标箱", NumberScaleStyle.Chinese),
        [Unit.Tonnes] = ("吨", NumberScaleStyle.Chinese),
        [Unit.PersonTimes] = ("人次", NumberScaleStyle.Chinese),
        [Unit.Persons] = ("人", NumberScaleStyle.Chinese),
        [Unit.Countries] = ("个国家", NumberScaleStyle.Chinese),
        [Unit.Organizations] = ("个组织", NumberScaleStyle.Chinese),
        [Unit.Documents] = ("份", NumberScaleStyle.Chinese),
        [Unit.Projects] = ("个项目", NumberScaleStyle.Chinese),
        [Unit.Items] = ("项", NumberScaleStyle.Chinese),
        [Unit.Km] = ("公里", NumberScaleStyle.Chinese),
        [Unit.KmPerHour] = ("公里/小时", NumberScaleStyle.Chinese),
        [Unit.Percent] = ("", NumberScaleStyle.Percent),
        [Unit.PercentagePoints] = ("个百分点", NumberScaleStyle.Chinese),
    }.ToFrozenDictionary();

    /// <summary>The word after the number (美元, 列, 个国家); empty for percent and plain counts.</summary>
    public static string Word(Unit unit) => Words[unit].Word;

    /// <summary>The unit as a caption or legend entry: 美元, 列, %.</summary>
    public static string Caption(Unit unit) => unit switch
    {
        Unit.Percent => "%",
        Unit.Other => "个",
        _ => Words[unit].Word.Trim('（', '）'),
    };

    /// <summary>
    /// The chart format for values in this unit: 万/亿/万亿 with the unit word, or a percentage. A count of
    /// events or things keeps the source's own measure word (3场, 38批, 20亿剂, 46家).
    /// </summary>
    public static ValueFormat ChartFormat(Unit unit, string? measure = null)
    {
        var (word, style) = Words[unit];
        if (measure is { Length: > 0 } && unit is Unit.Other or Unit.Organizations or Unit.Items or Unit.Persons or Unit.Documents)
        {
            word = measure;
        }

        return new ValueFormat(style, word.Length == 0 ? null : word);
    }
}
