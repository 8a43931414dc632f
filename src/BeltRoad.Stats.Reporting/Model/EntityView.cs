namespace BeltRoad.Stats.Reporting.Model;

/// <summary>One entity's section: its facts in one table (up to the stated cut) and how many it has in all.</summary>
/// <param name="Shown">The rows the digest prints, actual figures first.</param>
/// <param name="Total">All facts of the entity; the rest are in facts.csv / facts.json.</param>
internal sealed record EntityView(string Name, int Number, IReadOnlyList<FactView> Shown, int Total)
{
    public string Anchor => "entity-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public int Left => Total - Shown.Count;
}
