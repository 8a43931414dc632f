using System.Reflection;

namespace BeltRoad.Stats.Pipeline;

public static class ProgramInfo
{
    public const string Name = "BeltRoad.Stats";

    public static string Version { get; } =
        typeof(ProgramInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static string Generator => $"{Name} {Version}";

    /// <summary>
    /// The version plus the module ids of the assemblies that shape a run's result. Builds are deterministic,
    /// so the same source gives the same ids, and any change of code gives new ones: a rebuilt program
    /// regenerates the reports even when its version number did not move.
    /// </summary>
    public static string BuildIdentity { get; } =
        Version + " " + string.Join(" ", new[]
        {
            typeof(ProgramInfo).Assembly,
            typeof(Extraction.Facts.FactExtractor).Assembly,
            typeof(Recognizers.NumberRecognizer).Assembly,
            typeof(Storage.FactStore).Assembly,
            typeof(Reporting.ReportWriter).Assembly,
        }.Select(a => a.ManifestModule.ModuleVersionId.ToString("N")[..8]));
}
