namespace BeltRoad.Stats.Charts;

/// <summary>An unbreakable piece of a label and where it starts in the label.</summary>
internal sealed record LabelToken(string Text, int Start)
{
    public bool IsSpace => Text == " ";
}
