using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>Tells simplified Chinese, traditional Chinese and English apart by the characters a text uses.</summary>
internal static class LanguageDetector
{
    public static DocumentLanguage Detect(string text)
    {
        var tables = ScriptTables.Instance;
        int han = 0, latin = 0, traditional = 0, simplified = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
                if (tables.IsTraditionalOnly(c))
                {
                    traditional++;
                }
                else if (tables.SimplifiedOnly.Contains(c))
                {
                    simplified++;
                }
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        // A Chinese text quotes English names; an English text rarely holds more than a few characters of Chinese.
        if (han * 4 < latin)
        {
            return DocumentLanguage.En;
        }

        return traditional > simplified ? DocumentLanguage.ZhHant : DocumentLanguage.ZhHans;
    }
}
