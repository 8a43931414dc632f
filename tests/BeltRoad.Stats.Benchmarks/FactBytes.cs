using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// What the fact table costs a fact, and where (issue 54, part 1): the cached extract step over a published output (as
/// <c>step-memory</c> does), the managed heap before and after it, then every object the table reaches counted once, by
/// the field that first reaches it, with how many instances each field holds against how many distinct values it has
/// in a document and in the run (what sharing could still save).
///   dotnet tests/BeltRoad.Stats.Benchmarks/bin/Release/net10.0/BeltRoad.Stats.Benchmarks.dll fact-bytes IN OUT BUILD
/// BUILD is the published run.json's <c>build</c>. Writes into a staging folder beside OUT (deleted after).
/// </summary>
internal static class FactBytes
{
    public static int Run(string input, string output, string programBuild)
    {
        var fingerprinted = ExtractStepRun.Fingerprinted(new RunOptions(input, output, Force: true), programBuild);
        if (ExtractStepRun.NothingCached(fingerprinted) is { } refused)
        {
            Console.Error.WriteLine(refused);
            return 2;
        }

        var staging = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, $".{Path.GetFileName(output)}.bytes-{Environment.ProcessId}");
        try
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var context = ExtractStepRun.Extracted(fingerprinted, staging);
            var table = context.Table;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            var facts = table.Facts;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{facts.Count:N0} facts, {table.Documents.Count:N0} documents, {table.Skipped.Count:N0} skipped mentions, {table.Findings.Count:N0} findings"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"managed heap after a full collection: {before / 1e6:F1} MB before the extract step, {after / 1e6:F1} MB after ({(after - before) / 1e6:F1} MB, {(double)(after - before) / facts.Count:F0} bytes a fact)"));
            Print(Count(table), facts.Count);
            GC.KeepAlive(table);
            return 0;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>One line of the breakdown: the instances a field reaches first, their bytes, and its distinct values.</summary>
    internal sealed class Field(string name)
    {
        public string Name { get; } = name;

        public long Instances { get; set; }

        public long Bytes { get; set; }

        public long References { get; set; }

        public HashSet<string> InRun { get; } = new(StringComparer.Ordinal);

        public HashSet<(string Doc, string Value)> InDocument { get; } = [];

        public long DistinctBytes { get; set; }
    }

    internal static List<Field> Count(FactTable table)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var fields = new List<Field>();
        Field Of(string name)
        {
            var found = fields.Find(f => f.Name == name);
            if (found is null)
            {
                found = new Field(name);
                fields.Add(found);
            }

            return found;
        }

        void Add(string name, object? item, long bytes)
        {
            var field = Of(name);
            field.References++;
            if (item is not null && seen.Add(item))
            {
                field.Instances++;
                field.Bytes += bytes;
            }
        }

        void Text(string name, string doc, string? text)
        {
            Add(name, text, text is null ? 0 : StringBytes(text));
            if (text is not null)
            {
                var field = Of(name);
                if (field.InRun.Add(text))
                {
                    field.DistinctBytes += StringBytes(text);
                }

                field.InDocument.Add((doc, text));
            }
        }

        var factBytes = Allocated(() => table.Facts[0] with { });
        var periodBytes = Allocated(() => Period.Span(PeriodPoint.OfYear(2020), PeriodPoint.OfYear(2021)));
        Add("the table's list of facts", table.Facts, 24 + (8L * table.Facts.Count));
        foreach (var fact in table.Facts)
        {
            Add("Fact objects", fact, factBytes);
            Text("Doc", fact.Doc, fact.Doc);
            Text("Id", fact.Doc, fact.Id);
            Text("Metric", fact.Doc, fact.Metric.Value);
            Text("Subject", fact.Doc, fact.Subject);
            Text("SectionPath", fact.Doc, fact.SectionPath);
            Text("Quote", fact.Doc, fact.Quote);
            Text("Entity", fact.Doc, fact.Entity);
            Text("Indicator", fact.Doc, fact.Indicator);
            Text("Measure", fact.Doc, fact.Measure);
            Add("AsOf (Period objects)", fact.AsOf, periodBytes);
            // A list the fact holds, not one made at each read (a fact stated once, since the record holds no list for it).
            var occurrences = fact.Occurrences;
            Add("Occurrences (span lists held)", ReferenceEquals(occurrences, fact.Occurrences) ? occurrences : null, ArrayBytes(occurrences.Count, 8));
        }

        foreach (var document in table.Documents)
        {
            Add("documents (DocumentInfo objects)", document, 96);
            foreach (var text in new[] { document.Name, document.Sha256, document.Encoding, document.Title, document.Format, document.Author, document.Publisher, document.Url })
            {
                Text("documents' strings", document.Name, text);
            }

            Add("documents' page maps", document.Pages, document.Pages is { } pages ? 24 + ArrayBytes(pages.Starts.Count, 4) : 0);
        }

        foreach (var skipped in table.Skipped)
        {
            Of("skipped mentions (inline, 32 bytes each)").Bytes += 32;
            Of("skipped mentions (inline, 32 bytes each)").Instances++;
            Text("skipped: Doc", skipped.Doc, skipped.Doc);
            Text("skipped: Text", skipped.Doc, skipped.Text);
            Text("skipped: Reason", skipped.Doc, skipped.Reason);
        }

        foreach (var finding in table.Findings)
        {
            Add("findings (objects, lists)", finding, 48 + ArrayBytes(finding.FactIds.Count, 8) + ArrayBytes(finding.Documents.Count, 8) + 56);
            Text("findings: key strings", "", finding.Key.AsOf);
            foreach (var id in finding.FactIds)
            {
                Text("findings: fact ids", "", id);
            }

            foreach (var doc in finding.Documents)
            {
                Text("findings: document names", "", doc);
            }
        }

        return fields;
    }

    private static void Print(List<Field> fields, int facts)
    {
        Console.WriteLine("| field | references | instances | distinct in a document | distinct in the run | bytes | bytes a fact | bytes if one a distinct value in the run |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var f in fields)
        {
            var distinct = f.InRun.Count > 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {f.Name} | {f.References:N0} | {f.Instances:N0} | {(distinct ? f.InDocument.Count.ToString("N0", CultureInfo.InvariantCulture) : "")} | {(distinct ? f.InRun.Count.ToString("N0", CultureInfo.InvariantCulture) : "")} | {f.Bytes / 1e6:F1} MB | {(double)f.Bytes / facts:F0} | {(distinct ? (f.DistinctBytes / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " MB" : "")} |"));
        }

        var total = fields.Sum(f => f.Bytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | | | | | {total / 1e6:F1} MB | {(double)total / facts:F0} | |"));
    }

    // A string's size on the 64-bit heap: header, method table, length, the characters and a terminator, to 8 bytes.
    private static long StringBytes(string text) => Align(8 + 8 + 4 + (2L * (text.Length + 1)));

    // An array's: header, method table, length (padded), the items, to 8 bytes.
    private static long ArrayBytes(int count, int itemBytes) => Align(24 + ((long)count * itemBytes));

    private static long Align(long bytes) => Math.Max(24, (bytes + 7) & ~7L);

    // What one call allocates on this thread: an object's size, measured rather than guessed.
    private static long Allocated(Func<object> make)
    {
        make();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var made = make();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(made);
        return bytes;
    }
}
