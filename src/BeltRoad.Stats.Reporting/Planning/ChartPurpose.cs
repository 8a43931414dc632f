namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>What a planned chart is for; each purpose has its own purity rule (<see cref="ChartPurity"/>).</summary>
public enum ChartPurpose
{
    /// <summary>One indicator across entities: same unit, aggregation, nature and comparable period.</summary>
    Comparison,

    /// <summary>One or a few series over time, points from any document.</summary>
    TimeSeries,

    /// <summary>One stated total and its stated parts (「其中…」): same key as the total, summing to no more than it.</summary>
    Breakdown,

    /// <summary>About the run itself (facts per metric or document): data-quality material, not statistics of the corpus.</summary>
    Program,
}
