using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Pdf.Tests.Support;

/// <summary>
/// Compares what pdftotext returns with what was drawn. Poppler decides spacing from glyph
/// positions and omits spaces next to CJK characters, so those (and only those) are ignored.
/// </summary>
internal static partial class ReaderText
{
    public static string WithoutSpacesBesideCjk(string text) =>
        SpacesBesideCjk().Replace(MultipleSpaces().Replace(text.Replace('\n', ' '), " "), string.Empty).Trim();

    [GeneratedRegex(@"(?<=[\u2E80-\u9FFF\uFF00-\uFFEF\u201C\u201D\u2014])\s+|\s+(?=[\u2E80-\u9FFF\uFF00-\uFFEF\u201C\u201D\u2014])")]
    private static partial Regex SpacesBesideCjk();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultipleSpaces();
}
