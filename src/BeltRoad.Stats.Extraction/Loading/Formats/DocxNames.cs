namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>The XML namespaces a Word file's parts use, in both the transitional and the strict dialect.</summary>
internal static class DocxNames
{
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string DublinCoreTerms = "http://purl.org/dc/terms/";

    public static bool IsWordprocessing(string ns) =>
        ns is "http://schemas.openxmlformats.org/wordprocessingml/2006/main" or "http://purl.oclc.org/ooxml/wordprocessingml/main";
}
