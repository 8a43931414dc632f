namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>A file's text and the encoding it was found to be in.</summary>
internal sealed record DecodedText(string Text, string EncodingName);
