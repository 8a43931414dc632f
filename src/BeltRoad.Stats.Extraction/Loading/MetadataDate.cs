using System.Globalization;
using System.Text.RegularExpressions;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>Dates as metadata writes them: ISO (2023-10-18T08:00:00+08:00), 2023/10/18, 20231018, or 「2023年10月18日」.</summary>
internal static partial class MetadataDate
{
    public static PeriodPoint? Parse(string? value)
    {
        if (DocumentMetadata.Clean(value) is not { } text)
        {
            return null;
        }

        var numeric = Numeric().Match(text);
        if (numeric.Success)
        {
            var year = int.Parse(numeric.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(numeric.Groups["d"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? PeriodPoint.OfDay(year, month, day) : null;
        }

        return DocumentHeader.ParseDate(text);
    }

    [GeneratedRegex(@"^\s*(?<y>(19|20)[0-9]{2})(?:[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})|(?<m>[0-9]{2})(?<d>[0-9]{2}))(?![0-9])")]
    private static partial Regex Numeric();
}
