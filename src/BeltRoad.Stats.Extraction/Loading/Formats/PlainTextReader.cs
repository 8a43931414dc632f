namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Plain text and Markdown, decoded as they are; the text states its own title and date. Bounded by the file's size
/// limit alone: decoding never makes more characters than bytes.
/// </summary>
internal sealed class PlainTextReader : IDocumentReader
{
    public string Format => "text";

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md"];

    public bool ParsesStructure => false;

    public ReadDocument Read(byte[] bytes, ReadLimits limits, CancellationToken cancellation)
    {
        var decoded = TextDecoder.Decode(bytes);
        return new(decoded.Text, decoded.EncodingName, DocumentMetadata.None);
    }
}
