namespace BeltRoad.Stats.Domain;

/// <summary>A range of UTF-16 indices into a document's original decoded text, end exclusive.</summary>
public readonly record struct SourceSpan(int Start, int End) : IComparable<SourceSpan>
{
    public int Length => End - Start;

    public bool Overlaps(SourceSpan other) => Start < other.End && other.Start < End;

    public int CompareTo(SourceSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    public override string ToString() => $"[{Start},{End})";
}
