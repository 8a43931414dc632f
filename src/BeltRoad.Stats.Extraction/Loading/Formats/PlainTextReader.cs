namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>Plain text and Markdown, decoded as they are; the text states its own title and date.</summary>
internal sealed class PlainTextReader : IDocumentReader
{
    public string Format => "text";

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md"];

    public ReadDocument Read(byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        return new(decoded.Text, decoded.EncodingName, DocumentMetadata.None);
    }
}
