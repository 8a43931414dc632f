using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>Which of the recognizer's mentions are figures, defined once for the names, the dates and the facts.</summary>
internal static class FigureMentions
{
    internal static bool IsFigure(Mention m) => m.Kind is MentionKind.Quantity or MentionKind.Percent or MentionKind.PercentagePoints;

    // A date is the figures' time frame, and a name of the recognizer's table (一带一路, 华龙一号, 5G) states no number:
    // neither is a fact, nor a figure skipped (the table says what they are; recording each 一带一路 hid the mentions
    // judged in context among hundreds of thousands of rows).
    internal static bool NeverAFigure(Mention m) => m.Kind is MentionKind.DatePeriod or MentionKind.Name;
}
