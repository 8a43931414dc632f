namespace BeltRoad.Stats.Pipeline;

/// <summary>The names of what a run publishes in the output folder.</summary>
public static class OutputFiles
{
    public const string FactsJson = "facts.json";
    public const string FactsCsv = "facts.csv";
    public const string FactsSqlite = "facts.sqlite";
    public const string FactsParquet = "facts.parquet";
    public const string RunJson = "run.json";
    public const string Digest = "digest.pdf";
    public const string Html = "index.html";
    public const string ChartsFolder = "charts";
    public const string HistoryFolder = "history";

    /// <summary>Everything a published set holds, as a reader finds it in the output folder.</summary>
    public static IReadOnlyList<string> Published { get; } = [FactsJson, FactsCsv, FactsParquet, FactsSqlite, RunJson, Digest, Html, ChartsFolder + "/", HistoryFolder + "/"];
}
