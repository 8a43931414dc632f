namespace BeltRoad.Stats.Testing;

/// <summary>A fact that reads PDFs with poppler-utils (and qpdf for encryption): skipped without them, except on CI where it runs and fails.</summary>
public sealed class PopplerFactAttribute : FactAttribute
{
    public PopplerFactAttribute()
    {
        if (!Installed && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "poppler-utils/qpdf not installed (apt-get install -y poppler-utils poppler-data qpdf); with CI=true this test fails instead";
        }
    }

    public static bool Installed => new[] { "pdftotext", "pdfinfo", "qpdf" }.All(tool =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Any(dir => File.Exists(Path.Combine(dir, tool))));
}
