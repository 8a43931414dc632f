namespace BeltRoad.Stats.Reporting.Formatting;

/// <summary>Section numbers as a Chinese report writes them: 一、二、… 十一.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    public static string Of(int n) => n switch
    {
        < 1 => throw new ArgumentOutOfRangeException(nameof(n)),
        < 10 => Digits[n].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n % 10],
        < 100 => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString()),
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
