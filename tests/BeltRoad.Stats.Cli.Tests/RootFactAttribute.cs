namespace BeltRoad.Stats.Cli.Tests;

/// <summary>A test that needs root (it mounts a small tmpfs); skipped otherwise, with the reason.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
        {
            Skip = "needs root on Linux to mount a small tmpfs";
        }
    }
}
