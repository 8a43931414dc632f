namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>Where the noun of a bare number is, by the word before the number (table codes "subject", "previous", "coordinate").</summary>
internal enum BehindCue
{
    /// <summary>The noun the clause is about: "the number of freight trains rising from two to 14".</summary>
    Subject,

    /// <summary>The figure just stated: "1.56 million passengers, up from 1.18 million".</summary>
    Previous,

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
