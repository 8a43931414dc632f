namespace BeltRoad.Stats.Storage;

/// <summary>A cache entry in the form the cache stores it (<see cref="ExtractionCache.Encode"/>), for one document.</summary>
public sealed class EncodedExtraction
{
    internal EncodedExtraction(string doc, byte[] payload) => (Doc, Payload) = (doc, payload);

    internal string Doc { get; }

    internal byte[] Payload { get; }
}
