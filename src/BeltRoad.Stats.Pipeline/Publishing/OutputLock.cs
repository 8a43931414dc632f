namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// One run at a time per output folder, across processes (a scheduler and a manual <c>run</c>): an exclusive
/// lock on <c>.reports.lock</c> beside the output. The kernel drops it when the process dies, even by kill -9,
/// so a crash never leaves the folder locked.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <exception cref="ConfigurationException">The output folder cannot be created or written to.</exception>
    /// <exception cref="IOException">Another run still holds the lock after <paramref name="wait"/>.</exception>
    public static async Task<OutputLock> AcquireAsync(string outputDirectory, TimeSpan wait, CancellationToken cancellationToken)
    {
        var paths = PublishPaths.For(outputDirectory);
        EnsureWritable(outputDirectory, paths);
        // Counted retries rather than a deadline: publishing reads no clock.
        var retries = (int)Math.Ceiling(Math.Max(0, wait.TotalMilliseconds) / RetryInterval.TotalMilliseconds);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix.
                return new OutputLock(new FileStream(paths.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (attempt < retries)
            {
                await Task.Delay(RetryInterval, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new IOException($"Another run is writing to {paths.Output} (it holds {paths.LockFile}); try again when it has finished.", e);
            }
        }
    }

    /// <summary>Creates the output folder if needed; a folder that cannot be written is a configuration problem (exit 2).</summary>
    public static void EnsureWritable(string outputDirectory) => EnsureWritable(outputDirectory, null);

    private static void EnsureWritable(string outputDirectory, PublishPaths? paths)
    {
        try
        {
            Directory.CreateDirectory(outputDirectory);
            paths ??= PublishPaths.For(outputDirectory);
            foreach (var folder in new[] { paths.Output, paths.Parent })
            {
                var probe = Path.Combine(folder, $".beltroad-write-probe-{Environment.ProcessId}");
                File.WriteAllBytes(probe, []);
                File.Delete(probe);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{outputDirectory}: output folder is not writable (it and its parent folder must be): {e.Message}", e);
        }
    }

    public void Dispose() => _file.Dispose();
}
