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
}
