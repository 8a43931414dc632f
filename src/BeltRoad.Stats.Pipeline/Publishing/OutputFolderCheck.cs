namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// Whether a folder may be a run's output, asked before anything is created or moved. The output belongs to the
/// program: each run swaps a whole new set in, keeps the old one as history and deletes the oldest as history rotates.
/// So it must be new, empty (dot-files aside: they are carried over), only the run log of runs that published nothing
/// yet (its run log and extraction cache), or a report set this program published (its run.json and its history/manifest.json or run log); and apart
/// from the input folder, neither it, nor inside it (each run would read the last one's texts back), nor around it.
/// </summary>
public static class OutputFolderCheck
{
    /// <exception cref="ConfigurationException">The folder may not be the output (exit 2); the message names it and says why.</exception>
    public static void Ensure(string inputDirectory, string outputDirectory)
    {
        var input = RealPath.Of(inputDirectory);
        var output = RealPath.Of(outputDirectory);
        var refusal = input == output ? "is the input folder"
            : RealPath.IsInside(output, input) ? $"is inside the input folder {input}: every run would read the last one's published texts as documents"
            : RealPath.IsInside(input, output) ? $"contains the input folder {input}: a run replaces its output folder whole"
            : Directory.Exists(output) && Foreign(output) is { } entry ? $"holds {entry}, and is not a report set this program published (no run.json and history/manifest.json): a run replaces the whole folder, keeps what was there as history and deletes it when history rotates"
            : null;
        if (refusal is not null)
        {
            throw new ConfigurationException($"{outputDirectory}: cannot be the output folder: it {refusal}. Nothing was changed; choose a new or empty folder for --output.");
        }
    }

    /// <summary>The first entry that makes the folder someone else's, or null when it is empty, ours, or only our run log.</summary>
    private static string? Foreign(string output)
    {
        var entries = Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).Where(name => !name!.StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        if (entries.Count == 0 || IsPublishedSet(output))
        {
            return null;
        }

        // A first run that published nothing still recorded itself and kept what it extracted: history/runs.sqlite and
        // history/extractions.sqlite (and SQLite's journals beside them).
        var history = Path.Combine(output, OutputFiles.HistoryFolder);
        if (entries is [OutputFiles.HistoryFolder] && Directory.EnumerateFileSystemEntries(history).Select(Path.GetFileName).All(IsRunFile))
        {
            return null;
        }

        return entries[0];
    }

    private static bool IsRunFile(string? name) =>
        name is not null && (name.StartsWith(RunLog.FileName, StringComparison.Ordinal) || name.StartsWith(Extracting.ExtractionCachePath.FileName, StringComparison.Ordinal));

    /// <summary>A set a run of this program published: run.json naming its run, and its history's manifest or run log.</summary>
    internal static bool IsPublishedSet(string folder) =>
        RunReportReader.TryReadRunId(Path.Combine(folder, OutputFiles.RunJson)) is not null
        && (File.Exists(Fingerprinting.PublishedManifest.PathIn(folder)) || File.Exists(RunLog.PathFor(folder)));
}
