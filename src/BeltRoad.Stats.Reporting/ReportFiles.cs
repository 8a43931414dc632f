namespace BeltRoad.Stats.Reporting;

/// <summary>What <see cref="ReportWriter"/> wrote, with paths relative to the output folder.</summary>
/// <param name="MissingCharacters">Characters of document text the PDF font cannot draw (left out of the PDF only).</param>
public sealed record ReportFiles(string Digest, string Html, IReadOnlyList<string> Charts, int DigestPages, IReadOnlyList<string> MissingCharacters);
