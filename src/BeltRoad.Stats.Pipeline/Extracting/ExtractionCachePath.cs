namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// Where an output folder keeps its extraction cache: <c>history/extractions.sqlite</c>, beside the run log, so it
/// travels with every published set as the history does. Not part of what a reader is given; deleting it costs one
/// slow run.
/// </summary>
public static class ExtractionCachePath
{
    public const string FileName = "extractions.sqlite";

    public static string For(string outputDirectory) => Path.Combine(outputDirectory, OutputFiles.HistoryFolder, FileName);
}
