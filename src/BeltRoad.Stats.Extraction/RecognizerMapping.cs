using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction;

/// <summary>
/// Translates the recognizer's types (which know nothing of the domain) into domain types. Every mapping names each
/// value and throws on any other, so a value added on one side cannot be lost silently (RecognizerMappingTests).
/// </summary>
internal static class RecognizerMapping
{
    public static Unit? ToUnit(this MentionUnit unit) => unit switch
    {
        MentionUnit.None => null,
        MentionUnit.USD => Unit.USD,
        MentionUnit.CNY => Unit.CNY,
        MentionUnit.EUR => Unit.EUR,
        MentionUnit.OtherCurrency => Unit.OtherCurrency,
        MentionUnit.Percent => Unit.Percent,
        MentionUnit.PercentagePoints => Unit.PercentagePoints,
        MentionUnit.Trains => Unit.Trains,
        MentionUnit.TEU => Unit.TEU,
        MentionUnit.Tonnes => Unit.Tonnes,
        MentionUnit.Km => Unit.Km,
        MentionUnit.KmPerHour => Unit.KmPerHour,
        MentionUnit.PersonTimes => Unit.PersonTimes,
        MentionUnit.Persons => Unit.Persons,
        MentionUnit.Countries => Unit.Countries,
        MentionUnit.Organizations => Unit.Organizations,
        MentionUnit.Documents => Unit.Documents,
        MentionUnit.Projects => Unit.Projects,
        MentionUnit.Items => Unit.Items,
        MentionUnit.Other => Unit.Other,
        _ => throw Unknown(unit),
    };

    public static Qualifier ToQualifier(this MentionQualifier qualifier) => qualifier switch
    {
        MentionQualifier.Exact => Qualifier.Exact,
        MentionQualifier.Approx => Qualifier.Approx,
        MentionQualifier.Nearly => Qualifier.Nearly,
        MentionQualifier.MoreThan => Qualifier.MoreThan,
        MentionQualifier.AtLeast => Qualifier.AtLeast,
        MentionQualifier.UpTo => Qualifier.UpTo,
        MentionQualifier.Range => Qualifier.Range,
        _ => throw Unknown(qualifier),
    };

    public static RecognizerCulture ToCulture(this DocumentLanguage language) => language switch
    {
        DocumentLanguage.ZhHans => RecognizerCulture.ZhHans,
        DocumentLanguage.ZhHant => RecognizerCulture.ZhHant,
        DocumentLanguage.En => RecognizerCulture.En,
        _ => throw Unknown(language),
    };

    public static DocumentLanguage ToLanguage(this RecognizerCulture culture) => culture switch
    {
        RecognizerCulture.ZhHans => DocumentLanguage.ZhHans,
        RecognizerCulture.ZhHant => DocumentLanguage.ZhHant,
        RecognizerCulture.En => DocumentLanguage.En,
        _ => throw Unknown(culture),
    };

    public static PeriodPoint? ToPeriodPoint(this DatePoint point)
    {
        if (!point.IsResolved)
        {
            return null;
        }

        return (point.Month, point.Day) switch
        {
            (null, _) => PeriodPoint.OfYear(point.Year),
            ({ } m, null) => PeriodPoint.OfMonth(point.Year, m),
            ({ } m, { } d) => PeriodPoint.OfDay(point.Year, m, d),
        };
    }

    public static Period? ToPeriod(this TimeExpression time)
    {
        if (time.From.ToPeriodPoint() is not { } from)
        {
            return null;
        }

        if (time.To is { } to)
        {
            // A span's ends share one precision: 上半年 is 2024-01/2024-06, not 2024-01/2024-06-30.
            if (to.IsMonthEnd && time.From.Month is not null && time.From.Day is null)
            {
                to = DatePoint.OfMonth(to.Year, to.Month!.Value);
            }

            return to.ToPeriodPoint() is { } end && from.CompareTo(end) <= 0 ? Period.Span(from, end) : null;
        }

        return Period.AsOf(from);
    }

    private static ArgumentOutOfRangeException Unknown<T>(T value)
        where T : struct, Enum =>
        new(nameof(value), value, $"No mapping for {typeof(T).Name}.{value}.");
}
