namespace BeltRoad.Stats.Recognizers;

/// <summary>Codes, parsing and script sniffing for <see cref="RecognizerCulture"/>.</summary>
public static class RecognizerCultures
{
    public static string Code(this RecognizerCulture culture) => culture switch
    {
        RecognizerCulture.ZhHans => "zh-Hans",
        RecognizerCulture.ZhHant => "zh-Hant",
        _ => "en",
    };

    public static bool TryParse(string? code, out RecognizerCulture culture)
    {
        switch (code?.Trim().ToUpperInvariant())
        {
            case "ZH-HANS" or "ZH-CN" or "ZH" or "ZH-SG":
                culture = RecognizerCulture.ZhHans;
                return true;
            case "ZH-HANT" or "ZH-TW" or "ZH-HK" or "ZH-MO":
                culture = RecognizerCulture.ZhHant;
                return true;
            case "EN" or "EN-US" or "EN-GB":
                culture = RecognizerCulture.En;
                return true;
            default:
                culture = RecognizerCulture.ZhHans;
                return false;
        }
    }

    /// <summary>
    /// Sniffs the script: any Han text is Chinese; it is traditional when characters that exist only in
    /// traditional script outnumber their simplified counterparts (the marker lists are table data).
    /// </summary>
    public static RecognizerCulture Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hans = Tables.CultureTables.Load(RecognizerCulture.ZhHans).ScriptMarkers;
        var hant = Tables.CultureTables.Load(RecognizerCulture.ZhHant).ScriptMarkers;
        int han = 0, simplified = 0, traditional = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
                if (hans.Contains(c))
                {
                    simplified++;
                }
                else if (hant.Contains(c))
                {
                    traditional++;
                }
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                latin++;
            }
        }

        if (han == 0 || (latin > 4 * han))
        {
            return han == 0 && latin == 0 ? RecognizerCulture.ZhHans : RecognizerCulture.En;
        }

        return traditional > simplified ? RecognizerCulture.ZhHant : RecognizerCulture.ZhHans;
    }
}
