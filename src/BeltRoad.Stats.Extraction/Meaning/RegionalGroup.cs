namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>A group of enterprises a region's document may write bare (民营企业, "private enterprises"): the region's name and
/// <see cref="Name"/> name the region's group (河南 + 民营企业).</summary>
internal sealed record RegionalGroup(string Name, IReadOnlyList<string> Bare)
{
    /// <summary>Whether the name as written is one of the bare forms (without the country: not 中国民营企业, "Chinese private enterprises").</summary>
    public bool IsBare(ReadOnlySpan<char> written)
    {
        foreach (var form in Bare)
        {
            if (written.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
