using AngleSharp.Html.Parser;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Web pages saved as files: the page's main text, and its head's title, publisher, address and date. The parse is
/// held to an element and nesting budget as it goes (<see cref="HtmlBudget"/>).
/// </summary>
internal sealed class HtmlReader : IDocumentReader
{
    /// <summary>Ten times a long government white paper; beyond it a "page" is a data dump or an archive, not a document.</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    public string Format => "html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public ReadDocument Read(byte[] bytes, ReadLimits limits, CancellationToken cancellation)
    {
        if (bytes.LongLength > MaxBytes)
        {
            throw new DecodeFailure($"web page too large: {bytes.LongLength / (1024.0 * 1024):0.0} MB, more than the {MaxBytes / (1024 * 1024)} MB a page may have");
        }

        var decoded = HtmlDecoding.Decode(bytes);
        var budget = new HtmlBudget(cancellation);
        using var page = new HtmlParser(new HtmlParserOptions { OnToken = budget.Token }).ParseDocument(decoded.Text);
        cancellation.ThrowIfCancellationRequested();
        var metadata = HtmlMetadata.Read(page);
        return new ReadDocument(HtmlMainText.Extract(page, new TextLayout(limits.MaxTextCharacters)), decoded.EncodingName, metadata);
    }
}
