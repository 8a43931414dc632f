namespace BeltRoad.Stats.Domain;

public static class QualifierCodes
{
    public static string Code(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.Approx => "approx",
        Qualifier.Nearly => "nearly",
        Qualifier.MoreThan => "more_than",
        Qualifier.AtLeast => "at_least",
        Qualifier.UpTo => "up_to",
        Qualifier.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
    };

    public static Qualifier Parse(string code) => code switch
    {
        "exact" => Qualifier.Exact,
        "approx" => Qualifier.Approx,
        "nearly" => Qualifier.Nearly,
        "more_than" => Qualifier.MoreThan,
        "at_least" => Qualifier.AtLeast,
        "up_to" => Qualifier.UpTo,
        "range" => Qualifier.Range,
        _ => throw new FormatException($"Unknown qualifier code '{code}'."),
    };

    /// <summary>The Chinese word a reader expects in a table, e.g. 「超过」 for more_than.</summary>
    public static string ChineseWord(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Approx => "约",
        Qualifier.Nearly => "近",
        Qualifier.MoreThan => "超过",
        Qualifier.AtLeast => "不少于",
        Qualifier.UpTo => "最高",
        Qualifier.Range => "区间",
        _ => "",
    };
}
