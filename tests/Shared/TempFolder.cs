namespace BeltRoad.Stats.Testing;

/// <summary>A fresh folder per test, removed afterwards (best effort: a leftover temp folder is harmless).</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "brs-test-" + Guid.NewGuid().ToString("N"));

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, byte[] bytes)
    {
        var path = Sub(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException) when (!OperatingSystem.IsWindows())
        {
            // A name that is not valid UTF-8 (the bad-input tests make one) cannot be named through a .NET string, so
            // the folder would stay behind in /tmp after every test run: rm names it by its bytes.
            RemoveByShell();
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private void RemoveByShell()
    {
        try
        {
            ExternalProcess.Run("rm", "-rf", "--", Path);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No rm: best effort.
        }
    }
}
