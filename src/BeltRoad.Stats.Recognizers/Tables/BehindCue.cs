namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>Where the noun of a bare number is, by the word before the number (table codes "subject", "previous", "compared", "coordinate", "span", "spanStart").</summary>
internal enum BehindCue
{
    /// <summary>The noun the clause is about: "the number of freight trains rising from two to 14".</summary>
    Subject,

    /// <summary>The figure just stated: "1.56 million passengers, up from 1.18 million".</summary>
    Previous,

    /// <summary>
    /// Only the figure just stated in its sentence, never the clause's noun: "2.6 million passengers, against 2.4 million
    /// a year earlier" ("each loan is checked against at least two sources" has no figure before it: no noun is lent).
    /// </summary>
    Compared,

    /// <summary>The count just stated, joined by a conjunction: "lift 7.6 million people … and 32 million …" (never an amount of money).</summary>
    Coordinate,

    /// <summary>
    /// The far end of a from–to: the noun the clause is about, else the count its "from" stated ("has grown from 178 train
    /// trips in 2017 to 9,580 in 2023").
    /// </summary>
    Span,

    /// <summary>The start of a from–to, read as <see cref="Subject"/>: "from 178 train trips", "rising from two".</summary>
    SpanStart,
}
