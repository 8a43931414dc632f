namespace BeltRoad.Stats.Recognizers;

/// <summary>Codes, parsing and script detection for <see cref="RecognizerCulture"/>.</summary>
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
    /// Whether one line of a Chinese text is written in Latin letters (a bilingual page's English paragraph): the test by
    /// which the Chinese recognizers hand such a line to the English one.
    /// </summary>
    public static bool IsLatinLine(ReadOnlySpan<char> line) => LatinLines.IsLatin(line);

    /// <summary>
    /// Whether a character is one of the Chinese tables' large scales (bigScales: 万, 亿, 兆 and the traditional 萬, 億),
    /// which a figure's digits can end in before its unit. The traditional tables inherit the simplified ones, so they
    /// hold every script's scales.
    /// </summary>
    public static bool IsBigScale(char c) => Tables.CultureTables.Load(RecognizerCulture.ZhHant).ClassOf(c) == Tables.NumeralClass.BigScale;

    /// <summary>
    /// The one script detector (documents and recognizers both use it): any Han text is Chinese unless Latin letters
    /// outnumber it four to one; it is traditional when characters only traditional script uses outnumber those only
    /// simplified script uses (<see cref="HanScript"/>).
    /// </summary>
    public static RecognizerCulture Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int han = 0, simplified = 0, traditional = 0, latin = 0;
        var onlyIn = HanScript.OnlyIn; // fetched once per text, not twice per character
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
                traditional += onlyIn[c] == HanScript.ScriptOnly.Traditional ? 1 : 0;
                simplified += onlyIn[c] == HanScript.ScriptOnly.Simplified ? 1 : 0;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        // A Chinese text quotes English names; an English text rarely holds more than a few characters of Chinese.
        if (han * 4 < latin)
        {
            return RecognizerCulture.En;
        }

        return traditional > simplified ? RecognizerCulture.ZhHant : RecognizerCulture.ZhHans;
    }
}
