using System.Globalization;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Formatting;

/// <summary>Dates as a Chinese report writes them: 2023年, 2023年6月, 2023年6月30日, 2013年—2022年.</summary>
internal static class PeriodText
{
    public const string Unstated = "未注明";

    public static string Of(Period? period) => period switch
    {
        null => Unstated,
        // Months of one year as releases write them: 2024年1—9月, not 2024年1月—2024年9月.
        { To: { Precision: DatePrecision.Month } to } when period.From.Precision == DatePrecision.Month && period.From.Year == to.Year && period.From.Month < to.Month
            => string.Create(CultureInfo.InvariantCulture, $"{to.Year}年{period.From.Month}—{to.Month}月"),
        { To: { } to } => Of(period.From) + "—" + Of(to),
        _ => Of(period.From),
    };

    public static string Of(PeriodPoint point) => point.Precision switch
    {
        DatePrecision.Year => string.Create(CultureInfo.InvariantCulture, $"{point.Year}年"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{point.Year}年{point.Month}月"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{point.Year}年{point.Month}月{point.Day}日"),
    };

    public static string Of(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>Where a point sits on a time axis: the end of the year or month it names, as "as of" means.</summary>
    public static DateOnly AxisDate(PeriodPoint point) => point.LastDay;

    /// <summary>Where an as_of came from, in a word a table cell can hold.</summary>
    public static string Basis(AsOfBasis basis) => basis switch
    {
        AsOfBasis.Sentence => "句内",
        AsOfBasis.FromTo => "起止",
        AsOfBasis.Paragraph => "段首",
        AsOfBasis.ReportingPeriod => "报告期",
        AsOfBasis.DocumentDate => "发布日",
        AsOfBasis.Since => "以来",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "No word for this as_of basis."),
    };

    public static string Language(DocumentLanguage language) => language switch
    {
        DocumentLanguage.ZhHans => "简体中文",
        DocumentLanguage.ZhHant => "繁体中文",
        DocumentLanguage.En => "英文",
        _ => language.Code(),
    };
}
