using System.Globalization;
using System.Net;
using System.Text.Json;
using BeltRoad.Stats.Domain;
using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Pipeline.Fingerprinting;

/// <summary>
/// Whether a published set still holds everything a run publishes (<see cref="OutputFiles"/>): someone may have
/// deleted a file since, and a matching fingerprint must not then pass for "up to date".
/// </summary>
public static partial class PublishedSetCheck
{
    private static readonly string[] Files =
        [OutputFiles.RunJson, OutputFiles.FactsJson, OutputFiles.FactsCsv, OutputFiles.FactsParquet, OutputFiles.FactsSqlite, OutputFiles.Digest, OutputFiles.Html];

    /// <summary>
    /// What is missing, as paths relative to the output (empty when the set is complete): any of the run's
    /// files, the <c>charts</c> folder, every chart the run drew, and every document's text. run.json does not list the charts; the
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

        missing.AddRange(DocumentNames(Path.Combine(outputDirectory, OutputFiles.FactsJson))
            .Select(DocumentInfo.TextPathOf)
            .Where(text => !File.Exists(Path.Combine(outputDirectory, text))));
        var html = Path.Combine(outputDirectory, OutputFiles.Html);
        if (File.Exists(html))
        {
            missing.AddRange(ChartLinks(File.ReadAllText(html))
                .Where(chart => !File.Exists(Path.Combine(charts, chart)))
                .Select(chart => OutputFiles.ChartsFolder + "/" + chart));
        }

        return missing;
    }

    /// <summary>
    /// What is missing of a set whose manifest lists its files (<see cref="PublishedManifest.Outputs"/>): the same
    /// question answered by one stat per file, without reading facts.json or index.html; a file of another size than
    /// published (cut short) counts as missing too.
    /// </summary>
    internal static IReadOnlyList<string> Missing(string outputDirectory, IReadOnlyDictionary<string, long> outputs)
    {
        var missing = Files.Where(f => !outputs.ContainsKey(f) && !File.Exists(Path.Combine(outputDirectory, f))).ToList();
        foreach (var (path, size) in outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var file = new FileInfo(Path.Combine(outputDirectory, path));
            if (!file.Exists)
            {
                missing.Add(path);
            }
            else if (file.Length != size)
            {
                missing.Add(string.Create(CultureInfo.InvariantCulture, $"{path} whole ({file.Length} of its {size} bytes)"));
            }
        }

        if (!Directory.Exists(Path.Combine(outputDirectory, OutputFiles.ChartsFolder)))
        {
            missing.Add(OutputFiles.ChartsFolder + "/");
        }

        return missing;
    }

    // Sets published before texts/ existed list no such files; an unreadable facts.json is reported as missing above or regenerated.
    private static IEnumerable<string> DocumentNames(string factsJson)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(factsJson));
            return [.. json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("name").GetString()!)];
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return [];
        }
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
