namespace BeltRoad.Stats.Extraction.Segmenting;

/// <summary>A clause inside a sentence, delimited by ，；： (and their ASCII forms), normalised indices.</summary>
internal readonly record struct Clause(int Start, int End)
{
    public bool Contains(int index) => index >= Start && index < End;
}
