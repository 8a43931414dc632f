namespace BeltRoad.Stats.Reporting.Model;

/// <summary>How far a figure can be trusted, from what other documents say about the same key.</summary>
internal enum Reliability
{
    /// <summary>Only one document states it.</summary>
    SingleSource,

    /// <summary>Another document states the same value for the same metric, subject and date.</summary>
    Corroborated,

    /// <summary>Another document states a different value for the same key.</summary>
    Conflicting,
}
