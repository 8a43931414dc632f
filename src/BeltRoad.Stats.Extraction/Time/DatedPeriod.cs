using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>A figure's as_of, the rule that gave it and, for a stated date, how the text stated it (截至 is <see cref="TimeRole.AsOf"/>).</summary>
internal sealed record DatedPeriod(Period Period, AsOfBasis Basis, TimeRole? Role = null)
{
    /// <summary>
    /// A <see cref="AsOfBasis.Paragraph"/> date that opens the figure's paragraph (stated at its head, or a back-reference
    /// heading it: 「同期，…」), not the period a back-reference in the figure's own sentence points to ("In the same year,
    /// the port had 12 berths") nor a table caption's date over its rows.
    /// </summary>
    public bool OpensParagraph { get; init; }

    /// <summary>
    /// The date is an event's (「2021年6月正式通车，…」, "opened in November 2019"): what the event did happened then, a
    /// thing's fixed property did not.
    /// </summary>
    public bool OfEvent { get; init; }

    /// <summary>
    /// The date frames the text around the figure rather than the figure: its paragraph's opening, or the period its
    /// release or section reports on. A thing's fixed property takes no such date.
    /// </summary>
    public bool FramesText => Basis == AsOfBasis.ReportingPeriod || (Basis == AsOfBasis.Paragraph && OpensParagraph);
}
