namespace BeltRoad.Stats.Reporting.Digest;

internal sealed record DigestResult(byte[] Bytes, int Pages, IReadOnlyList<string> MissingCharacters);
