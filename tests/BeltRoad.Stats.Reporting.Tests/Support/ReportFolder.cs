namespace BeltRoad.Stats.Reporting.Tests.Support;

/// <summary>Writes a report into a fresh folder under the test output directory (kept for looking at).</summary>
internal static class ReportFolder
{
    public static (string Dir, ReportFiles Files) Write(ReportInput input, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "report-out", name);
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
        return (dir, ReportWriter.Write(input, dir));
    }
}
