namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>A name found in the text at [Start, End): catalogued (canonical name and kind) or read from the text (kind "named").</summary>
internal sealed record EntityName(int Start, int End, string Name, EntityKind Kind)
{
    /// <summary>A default actor (中国) that yields to a 专栏 box's subject.</summary>
    public bool Weak { get; init; }

    public bool IsCatalogued => Kind != EntityKind.Named;
}
