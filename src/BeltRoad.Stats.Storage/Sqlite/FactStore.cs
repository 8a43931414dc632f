using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// facts.sqlite: the fact table and the run history, queryable with the <c>sqlite3</c> shell.
/// A file is written once, whole, and never updated: publishing is the caller's move of a finished file.
/// </summary>
public static class FactStore
{
    public const int SchemaVersion = SqliteSchema.Version;

    /// <summary>
    /// Creates a new database at <paramref name="path"/> (a staging path) holding the table and the runs, its rows in
    /// the table's order (the order <see cref="FactExport.FromStore"/> streams the exports in).
    /// The file is built under "path.partial" (with "path.side.partial" beside it while it is written) and renamed
    /// when complete, so <paramref name="path"/> either does not exist or is a whole database.
    /// </summary>
    /// <exception cref="IOException"><paramref name="path"/> already exists: this never updates a file in place.</exception>
    public static void Write(string path, FactTable table, IEnumerable<RunRecord> runHistory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(runHistory);
        if (File.Exists(path))
        {
            throw new IOException($"'{path}' already exists; FactStore writes a new file only (give it a staging path).");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var partial = path + ".partial";
        var side = path + ".side.partial";
        File.Delete(partial); // left by an attempt that crashed; it was never published
        File.Delete(side);
        try
        {
            FactStoreWriter.Fill(partial, side, table, runHistory);
            File.Move(partial, path);
        }
        catch
        {
            File.Delete(partial);
            File.Delete(partial + "-journal");
            throw;
        }
    }

    /// <summary>The fact table as stored: documents, facts (in the written order), findings, skipped mentions, issues.</summary>
    public static FactTable ReadFacts(string path)
    {
        using var connection = OpenForReading(path);
        return FactStoreReader.ReadTable(connection);
    }

    /// <summary>
    /// Every fact of the file, with its occurrences, read one at a time (the caller keeps what it needs): each
    /// document's facts in the table's order. A file of the previous schema (2) is read too, its facts without a measure.
    /// </summary>
    /// <exception cref="FormatException">Not a fact store of a schema this program reads.</exception>
    public static IEnumerable<Fact> StreamFacts(string path)
    {
        using var connection = Open(path);
        foreach (var fact in FactStoreReader.StreamFacts(connection))
        {
            yield return fact;
        }
    }

    /// <summary>
    /// The facts of the named documents only, each document's found by the index on doc, in the order asked, one at a
    /// time; for a caller that knows how many facts each has (the published run's account).
    /// </summary>
    /// <exception cref="FormatException">A document has another number of facts than stated, or the file is not a fact store this program reads.</exception>
    public static IEnumerable<Fact> FactsOf(string path, IEnumerable<(string Doc, int Count)> documents)
    {
        using var connection = Open(path);
        foreach (var fact in FactStoreReader.FactsOf(connection, documents))
        {
            yield return fact;
        }
    }

    /// <summary>The run history, in the order it was written.</summary>
    public static IReadOnlyList<RunRecord> ReadRuns(string path)
    {
        using var connection = OpenForReading(path);
        return FactStoreReader.ReadRuns(connection);
    }

    /// <summary>What <paramref name="read"/> makes of the file, on a connection of its own (its schema checked first).</summary>
    internal static T Read<T>(string path, Func<SqliteConnection, T> read)
    {
        using var connection = OpenForReading(path);
        return read(connection);
    }

    /// <summary>The rows <paramref name="read"/> streams, on a connection of their own closed when the walk ends (its schema checked first).</summary>
    internal static IEnumerable<T> Stream<T>(string path, Func<SqliteConnection, IEnumerable<T>> read)
    {
        using var connection = OpenForReading(path);
        foreach (var row in read(connection))
        {
            yield return row;
        }
    }

    private static SqliteConnection OpenForReading(string path)
    {
        var connection = Open(path);
        try
        {
            FactStoreReader.CheckVersion(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static SqliteConnection Open(string path) => File.Exists(path)
        ? SqliteRuntime.Open(path, SqliteOpenMode.ReadOnly)
        : throw new FileNotFoundException("No fact store at this path.", path);
}
