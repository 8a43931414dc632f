using System.Diagnostics;
using System.Globalization;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Loading.Formats;
using BeltRoad.Stats.Extraction.Metrics;

namespace BeltRoad.Stats.Benchmarks.PdfReaders;

/// <summary>
/// PdfPig (the run's reader) against poppler's pdftotext on every PDF of a folder that has the .txt of its content
/// beside it: the facts each text gives (read as a .txt, so only the text differs) against the facts of the .txt,
/// the lines of pdftotext's text that PdfPig gives elsewhere on the page or broken differently, and the time per 200 pages
/// (best of three; poppler's is pdfinfo and pdftotext as the run used them, PdfPig's is in-process).
/// </summary>
internal static class ReaderComparison
{
    public static int Run(string folder)
    {
        Console.WriteLine("| PDF | pages | facts of the .txt | PdfPig: same / other | poppler: same / other | pdftotext lines: moved / broken differently | PdfPig s per 200 pages | poppler s per 200 pages |");
        Console.WriteLine("|---|---:|---:|---|---|---|---:|---:|");
        foreach (var pdf in Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal))
        {
            var reference = Path.ChangeExtension(pdf, ".txt");
            if (!File.Exists(reference))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(pdf);
            var reader = new PdfReader();
            var (pigText, pigSeconds) = Best(() => reader.Read(bytes, InputOptions.Default.Limits, CancellationToken.None).Text);
            var (popplerText, popplerSeconds) = Best(() => Poppler(pdf));
            var pages = pigText.Count(c => c == '\f');
            var facts = Facts(File.ReadAllText(reference), pigText, popplerText, SidecarOf(reference));
            var (moved, differ, lines) = Order(popplerText, pigText);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Path.GetFileName(pdf)} | {pages} | {facts.Reference} | {facts.Pig.Same} / {facts.Pig.Other} | {facts.Poppler.Same} / {facts.Poppler.Other} | {moved} / {differ} of {lines} | {pigSeconds * 200 / pages:0.00} | {popplerSeconds * 200 / pages:0.00} |"));
        }

        return 0;
    }

    private static string? SidecarOf(string reference) =>
        MetadataSidecar.Candidates(Path.GetFileName(reference)).Select(n => Path.Combine(Path.GetDirectoryName(reference)!, n)).FirstOrDefault(File.Exists);

    private static string Poppler(string pdf)
    {
        var (infoCode, _, infoError) = ExternalProcess.Run("pdfinfo", "-isodates", "-enc", "UTF-8", pdf);
        var (code, output, error) = ExternalProcess.Run("pdftotext", "-enc", "UTF-8", "-eol", "unix", pdf, "-");
        return infoCode == 0 && code == 0 ? output : throw new InvalidOperationException($"poppler failed on {pdf}: {infoError}{error}");
    }

    private static (T Result, double Seconds) Best<T>(Func<T> work)
    {
        var result = work();
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            result = work();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return (result, best);
    }

    private sealed record Tally(int Same, int Other);

    private sealed record FactCounts(int Reference, Tally Pig, Tally Poppler);

    // The three texts as three .txt documents of one folder (the reference's sidecar beside each), so metadata is alike.
    private static FactCounts Facts(string reference, string pig, string poppler, string? sidecar)
    {
        using var folder = new TempFolder();
        foreach (var (name, text) in new[] { ("reference", reference), ("pdfpig", pig), ("poppler", poppler) })
        {
            folder.Write(name + ".txt", System.Text.Encoding.UTF8.GetBytes(text));
            if (sidecar is not null)
            {
                File.Copy(sidecar, folder.Sub(name + ".meta.json"));
            }
        }

        var load = DocumentLoader.LoadFolder(folder.Path);
        load.Issues.ToList().ForEach(issue => Console.Error.WriteLine(issue));
        var table = new FactTableBuilder(new FactExtractor(MetricCatalog.Default)).Build(load);
        List<string> Said(string doc) => [.. table.Facts.Where(f => f.Doc == doc + ".txt")
            .Select(f => $"{f.Value} {f.ValueHigh} {f.Unit} {f.Qualifier} {f.AsOf} {f.Entity} {f.Indicator} {f.Nature} {f.Aggregation}")];
        var expected = Said("reference");
        Tally Compare(List<string> got)
        {
            var left = expected.ToList();
            var same = got.Count(left.Remove);
            return new(same, got.Count - same);
        }

        return new(expected.Count, Compare(Said("pdfpig")), Compare(Said("poppler")));
    }

    // Page by page, pdftotext's non-empty lines (spaces ignored) against PdfPig's: the lines outside their longest
    // common subsequence are moved when the line stands elsewhere on PdfPig's page, else broken or joined differently.
    private static (int Moved, int Differ, int Lines) Order(string poppler, string pig)
    {
        int moved = 0, differ = 0, lines = 0;
        foreach (var (popplerPage, pigPage) in poppler.Split('\f').Zip(pig.Split('\f')))
        {
            var a = Lines(popplerPage);
            var b = Lines(pigPage);
            var common = Common(a, b);
            var onPage = Squeeze(pigPage);
            lines += a.Count;
            foreach (var line in a.Where((_, k) => !common.Contains(k)))
            {
                _ = onPage.Contains(line, StringComparison.Ordinal) ? moved++ : differ++;
            }
        }

        return (moved, differ, lines);
    }

    private static List<string> Lines(string page) => [.. page.Split('\n').Select(Squeeze).Where(l => l.Length > 0)];

    // Indices of a's lines in a longest common subsequence with b.
    private static HashSet<int> Common(List<string> a, List<string> b)
    {
        var length = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                length[i, j] = a[i] == b[j] ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
            }
        }

        var common = new HashSet<int>();
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            if (a[i] == b[j])
            {
                common.Add(i++);
                j++;
            }
            else if (length[i + 1, j] >= length[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    private static string Squeeze(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c))]);
}
