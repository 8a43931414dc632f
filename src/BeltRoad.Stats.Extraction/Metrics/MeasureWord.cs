using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Metrics;

/// <summary>
/// One cue word of the measure catalogue and what it signals: the metrics it chooses (indices into the catalogue's
/// metrics, in their order) and, for each unit, the row label it gives (the first measure listing it for that unit).
/// </summary>
internal sealed class MeasureWord(string text, int[] metrics, string?[] labelByUnit)
{
    public string Text { get; } = text;

    /// <summary>A span over the indices: the metric rule walks them for every hit of every figure.</summary>
    public ReadOnlySpan<int> Metrics => metrics;

    /// <summary>The label the word gives a figure of <paramref name="unit"/>, or null when it names none for that unit.</summary>
    public string? LabelFor(Unit unit) => labelByUnit[(int)unit];

    /// <summary>The indicator labels the word names, whatever the unit.</summary>
    public IEnumerable<string> Labels => labelByUnit.OfType<string>().Distinct();
}
