namespace BeltRoad.Stats.Pdf.Tests.Support;

/// <summary>
/// Runs qpdf and poppler-utils as a reader would. Missing tools fail the test when CI=true
/// (see <see cref="PdfToolFactAttribute"/> for the local skip).
/// </summary>
internal static class PdfTools
{
    public static readonly string[] Required = ["qpdf", "pdffonts", "pdftotext", "pdftoppm", "pdfinfo"];

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool Installed => Required.All(IsOnPath);

    public static (int ExitCode, string Output, string Error) Run(string tool, params string[] args)
    {
        if (!IsOnPath(tool))
        {
            Assert.Fail($"'{tool}' is not installed (apt-get install -y qpdf poppler-utils); PDF checks cannot run.");
        }

        return ExternalProcess.Run(tool, args);
    }

    /// <summary>qpdf --check must pass without errors or warnings.</summary>
    public static void AssertValid(string pdf)
    {
        var (code, output, error) = Run("qpdf", "--check", pdf);
        Assert.True(code == 0, $"qpdf --check failed ({code}):\n{output}\n{error}");
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }

    public static string Text(string pdf, int? page = null)
    {
        var args = new List<string> { "-enc", "UTF-8" };
        if (page is { } p)
        {
            args.AddRange(["-f", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", p.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        args.AddRange([pdf, "-"]);
        var (code, output, error) = Run("pdftotext", [.. args]);
        Assert.True(code == 0, error);
        return output;
    }

    /// <summary>Writes bytes under the test output directory and returns the path.</summary>
    public static string Save(byte[] pdf, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "pdf-out");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    private static bool IsOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));
}
