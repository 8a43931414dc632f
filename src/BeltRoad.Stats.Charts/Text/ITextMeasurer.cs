namespace BeltRoad.Stats.Charts;

/// <summary>Width of a single line of text, in the same units as the chart size (points). Replace with real font metrics where available.</summary>
public interface ITextMeasurer
{
    double Measure(string text, double fontSize);
}
