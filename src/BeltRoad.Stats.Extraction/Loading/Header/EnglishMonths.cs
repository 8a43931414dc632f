namespace BeltRoad.Stats.Extraction.Loading.Header;

/// <summary>The English month a page's stamp, dateline or period names, by its first three letters ("Sep", "September").</summary>
internal static class EnglishMonths
{
    private static readonly string[] Abbreviations = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>1–12 for a name whose first three letters are a month's (case ignored), 0 for none.</summary>
    public static int Number(string name) => Array.IndexOf(Abbreviations, name[..3].ToLowerInvariant()) + 1;
}
