namespace BeltRoad.Stats.Storage;

/// <summary>A cache entry in the form the cache stores it (<see cref="ExtractionCache.Encode"/>), for one document.</summary>
public sealed class EncodedExtraction
{
    internal EncodedExtraction(string doc, byte[] payload) => (Doc, Payload) = (doc, payload);

    /// <summary>The name of the document the entry is of.</summary>
    public string Doc { get; }

    internal byte[] Payload { get; }

    /// <summary>The entry's size in bytes, as the cache stores it.</summary>
    public int Length => Payload.Length;
}
