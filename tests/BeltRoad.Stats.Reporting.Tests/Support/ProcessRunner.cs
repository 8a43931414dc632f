namespace BeltRoad.Stats.Reporting.Tests.Support;

internal static class ProcessRunner
{
    /// <summary>Fails (CI) or names the missing package before running the tool.</summary>
    public static (int ExitCode, string Output, string Error) Run(string tool, params string[] args) =>
        ExternalProcess.Run(ExternalTools.Require(tool), args);
}
