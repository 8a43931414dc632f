namespace BeltRoad.Stats.Domain;

/// <summary>
/// A list that can let its items go once its last reader is done, keeping its count: the table's skipped mentions
/// (≈ 100 MB at 1 GB of input) are read whole by facts.sqlite, run.json's account and the report's pass, and only
/// counted after them (docs/scale.md, "Cost model"). Reading an item after <see cref="LetGo"/> throws.
/// </summary>
public interface ILetGoList<out T> : IReadOnlyList<T>
{
    void LetGo();
}
