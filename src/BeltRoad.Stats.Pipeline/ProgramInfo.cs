using System.Reflection;

namespace BeltRoad.Stats.Pipeline;

public static class ProgramInfo
{
    public const string Name = "BeltRoad.Stats";

    public static string Version { get; } =
        typeof(ProgramInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static string Generator => $"{Name} {Version}";
}
