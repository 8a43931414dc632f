using System.Text;
using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Benchmarks.Corpus;

/// <summary>
/// A large corpus made from a template folder: copy n of each of its documents under a new name (<c>c0007_001_….txt</c>)
/// with its figures changed by a deterministic seed, so copies neither deduplicate as one document nor state the same
/// values. Years, months and days (numbers below 32 or of the form 19xx/20xx) are kept, so the copies still share series
/// and dates and the cross-document steps meet findings with many members, as a real desk's corpus does. The template is
/// the seeds (five Chinese .txt reports) or the development corpus (<see cref="DevCorpus"/>: 64 documents of its genres,
/// Chinese and English, .txt/.md/.html, some with a <c>.meta.json</c> sidecar, copied beside its copy unchanged).
/// </summary>
internal static partial class CorpusGenerator
{
    public const int Seed = 12;

    /// <summary>The template named by <c>corpus-make … dev</c>: the development corpus's documents.</summary>
    public static string DevCorpus => Path.Combine(RepoRoot.Path, "tests", "DevCorpus", "documents");

    /// <summary>What a template folder's documents are (a sidecar ends in .json and goes with its document).</summary>
    private static readonly string[] DocumentEndings = [".txt", ".md", ".html"];

    private const string Sidecar = ".meta.json";

    /// <summary>Writes copies into <paramref name="folder"/> until they hold at least <paramref name="megabytes"/> MB; returns the bytes written.</summary>
    public static long Generate(string template, string folder, int megabytes, int seed = Seed)
    {
        var sources = Directory.GetFiles(template)
            .Where(p => DocumentEndings.Any(e => p.EndsWith(e, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(p => (Name: Path.GetFileName(p), Text: File.ReadAllText(p), Sidecar: File.Exists(p + Sidecar) ? File.ReadAllBytes(p + Sidecar) : null))
            .ToList();
        if (sources.Count == 0)
        {
            throw new ArgumentException($"No documents ({string.Join(", ", DocumentEndings)}) in the template folder {template}.", nameof(template));
        }

        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var target = megabytes * 1024L * 1024L;
        var written = 0L;
        for (var copy = 0; written < target; copy++)
        {
            foreach (var (name, text, sidecar) in sources)
            {
                var bytes = Encoding.UTF8.GetBytes(Changed(text, random));
                var path = Path.Combine(folder, $"c{copy:D4}_{name}");
                File.WriteAllBytes(path, bytes);
                written += bytes.Length;
                if (sidecar is not null)
                {
                    File.WriteAllBytes(path + Sidecar, sidecar);
                    written += sidecar.Length;
                }
            }
        }

        return written;
    }

    /// <summary>Adds one extra document of about <paramref name="kilobytes"/> KB: the incremental case.</summary>
    public static string AddOne(string seeds, string folder, int kilobytes, int seed)
    {
        var text = File.ReadAllText(Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).First());
        var random = new Random(seed);
        var builder = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < kilobytes * 1024)
        {
            builder.Append(Changed(text, random));
        }

        var path = Path.Combine(folder, $"new_{seed}.txt");
        File.WriteAllText(path, builder.ToString());
        return path;
    }

    private static string Changed(string text, Random random) =>
        Number().Replace(text, m => Keep(m.Value) ? m.Value : (long.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + random.Next(1, 9)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static bool Keep(string digits) =>
        digits.Length > 15 || (digits.Length == 4 && (digits.StartsWith("19", StringComparison.Ordinal) || digits.StartsWith("20", StringComparison.Ordinal))) || long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) < 32;

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Number();
}
