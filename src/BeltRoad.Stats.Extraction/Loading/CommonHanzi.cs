namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>How much of a text's Chinese is everyday characters: high for a right decoding, low for mojibake.</summary>
internal static class CommonHanzi
{
    public static double Score(string text)
    {
        var tables = ScriptTables.Instance;
        int han = 0, common = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
                if (tables.Common.Contains(c))
                {
                    common++;
                }
            }
        }

        return han == 0 ? 0 : (double)common / han;
    }
}
