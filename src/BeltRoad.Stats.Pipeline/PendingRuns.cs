using System.Data.Common;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// Run rows the run store could not take when the run ended (another process held it past the bounded wait):
/// kept in a SQLite run store of their own beside the output lock (<c>.&lt;output&gt;.runs-pending.sqlite</c>), and
/// written into the run store by the next run on the folder before anything else. So a run is recorded either way.
/// </summary>
internal sealed class PendingRuns(string path)
{
    public string Path { get; } = path;

    public static PendingRuns For(string outputDirectory)
    {
        var paths = PublishPaths.For(outputDirectory);
        return new(System.IO.Path.Combine(paths.Parent, $".{paths.Name}.runs-pending.sqlite"));
    }

    /// <exception cref="DbException">The pending file cannot be written either.</exception>
    public void Keep(RunRecord run) => RunStores.Open(StoreSettings.SqliteFile(Path)).Record(run);

    /// <summary>Writes the kept rows into <paramref name="store"/> and removes the file; the number written.</summary>
    /// <exception cref="DbException">The store cannot take them (yet): the file stays for the next run.</exception>
    public int Replay(IRunStore store)
    {
        if (!File.Exists(Path))
        {
            return 0;
        }

        var runs = RunStores.Open(StoreSettings.SqliteFile(Path)).ReadRuns();
        foreach (var run in runs)
        {
            store.Record(run);
        }

        File.Delete(Path);
        File.Delete(Path + "-journal");
        return runs.Count;
    }
}
