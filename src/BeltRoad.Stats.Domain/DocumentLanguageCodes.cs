namespace BeltRoad.Stats.Domain;

public static class DocumentLanguageCodes
{
    /// <summary>BCP 47 tag, as written into facts, HTML and the PDF's /Lang.</summary>
    public static string Code(this DocumentLanguage language) => language switch
    {
        DocumentLanguage.ZhHans => "zh-Hans",
        DocumentLanguage.ZhHant => "zh-Hant",
        DocumentLanguage.En => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    public static DocumentLanguage Parse(string code) => code switch
    {
        "zh-Hans" => DocumentLanguage.ZhHans,
        "zh-Hant" => DocumentLanguage.ZhHant,
        "en" => DocumentLanguage.En,
        _ => throw new FormatException($"Unknown language code '{code}'."),
    };
}
