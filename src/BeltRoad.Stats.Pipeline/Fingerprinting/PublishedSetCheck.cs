using System.Net;
using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Pipeline.Fingerprinting;

/// <summary>
/// Whether a published set still holds everything a run publishes (<see cref="OutputFiles"/>): someone may have
/// deleted a file since, and a matching fingerprint must not then pass for "up to date".
/// </summary>
public static partial class PublishedSetCheck
{
    private static readonly string[] Files =
        [OutputFiles.RunJson, OutputFiles.FactsJson, OutputFiles.FactsCsv, OutputFiles.FactsSqlite, OutputFiles.Digest, OutputFiles.Html];

    /// <summary>
    /// What is missing, as paths relative to the output (empty when the set is complete): any of the run's
    /// files, the <c>charts</c> folder, and every chart the run drew. run.json does not list the charts; the
    /// HTML view links each one (<c>charts/&lt;name&gt;.svg</c>), so a run had charts exactly when its index.html
    /// links some, and each linked chart must be there.
    /// </summary>
    public static IReadOnlyList<string> Missing(string outputDirectory)
    {
        var missing = Files.Where(f => !File.Exists(Path.Combine(outputDirectory, f))).ToList();
        var charts = Path.Combine(outputDirectory, OutputFiles.ChartsFolder);
        if (!Directory.Exists(charts))
        {
            missing.Add(OutputFiles.ChartsFolder + "/");
            return missing;
        }

        var html = Path.Combine(outputDirectory, OutputFiles.Html);
        if (File.Exists(html))
        {
            missing.AddRange(ChartLinks(File.ReadAllText(html))
                .Where(chart => !File.Exists(Path.Combine(charts, chart)))
                .Select(chart => OutputFiles.ChartsFolder + "/" + chart));
        }

        return missing;
    }

    /// <summary>The chart file names an HTML view links to, once each.</summary>
    internal static IEnumerable<string> ChartLinks(string html) =>
        ChartLink().Matches(html)
            .Select(m => WebUtility.HtmlDecode(m.Groups["name"].Value))
            .Where(name => name.Length > 0 && name.IndexOfAny(['/', '\\']) < 0 && name is not ("." or ".."))
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex("""(?:href|src)\s*=\s*["']charts/(?<name>[^"'#?]+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex ChartLink();
}
