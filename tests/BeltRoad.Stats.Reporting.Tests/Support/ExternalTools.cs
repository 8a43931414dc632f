namespace BeltRoad.Stats.Reporting.Tests.Support;

/// <summary>
/// Finds the system tools the reader-side checks use (qpdf, poppler-utils, chromium). Missing tools skip a test
/// locally but fail it when CI=true: an unchecked report is not a passing one.
/// </summary>
internal static class ExternalTools
{
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Find(params string[] names) =>
        names.SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    public static string Require(params string[] names) =>
        Find(names) ?? throw new InvalidOperationException($"'{names[0]}' is not installed (apt-get install -y qpdf poppler-utils chromium); this check cannot run.");
}

/// <summary>A fact needing qpdf and poppler-utils: skipped without them, except on CI where it runs and fails.</summary>
public sealed class PdfToolFactAttribute : FactAttribute
{
    public PdfToolFactAttribute()
    {
        if ((ExternalTools.Find("qpdf") is null || ExternalTools.Find("pdftotext") is null) && !ExternalTools.OnCi)
        {
            Skip = "qpdf/poppler-utils not installed (apt-get install -y qpdf poppler-utils); with CI=true this test fails instead";
        }
    }
}

/// <summary>A fact needing Debian's chromium: skipped without it, except on CI where it runs and fails.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Executable is null && !ExternalTools.OnCi)
        {
            Skip = "chromium not installed (apt-get install -y chromium); with CI=true this test fails instead";
        }
    }
}

/// <summary>A theory needing Debian's chromium: skipped without it, except on CI where it runs and fails.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Chromium.Executable is null && !ExternalTools.OnCi)
        {
            Skip = "chromium not installed (apt-get install -y chromium); with CI=true this test fails instead";
        }
    }
}
