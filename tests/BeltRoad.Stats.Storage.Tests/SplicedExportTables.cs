using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

/// <summary>
/// A published fact table and the next run's, as documents with a fact count and a version (a document of the same
/// count and version has the same facts: the same extraction key) and findings naming facts by document and number.
/// </summary>
internal sealed record SplicedExportTables(string Name, Docs Before, Docs After, string[][] FindingsBefore, string[][] FindingsAfter)
{
    public static readonly Docs Published = new()
    {
        ["d1.txt"] = (3, 1),
        ["d3.txt"] = (2, 1),
        ["d5.txt"] = (0, 1),
        ["d7.txt"] = (4, 1),
        ["d9.txt"] = (3, 1),
    };

    public static readonly string[][] PublishedFindings = [["d1.txt#0", "d3.txt#0"], ["d7.txt#1", "d9.txt#2"]];

    // Exports of a few MB: the published files are read through a buffer of 1 MB, and a fact's first look is 4 KB.
    private static readonly Docs Long = new()
    {
        ["d1.txt"] = (1200, 1),
        ["d3.txt"] = (10, 1),
        ["d7.txt"] = (1500, 1),
    };

    // Fact ids longer than the 64 characters a published finding's member is decoded into on the stack (here a
    // document's name makes its facts' ids; a run's are 12 hex digits).
    private const string LongName = "annex_statistics_fourth_quarter_china_europe_railway_express_and_port_clearance.txt";
    private const string ShortName = "d2.txt";

    private static readonly Docs Named = new()
    {
        [ShortName] = (2, 1),
        [LongName] = (3, 1),
        ["d9.txt"] = (1, 1),
    };

    private static readonly string[][] NamedFindings = [[ShortName + "#0", LongName + "#1"], [LongName + "#2", "d9.txt#0"]];

    /// <summary>The cases, by name: what changes between the published run and the next.</summary>
    public static IReadOnlyList<SplicedExportTables> All { get; } =
    [
        Next("nothing changed", d => { }),
        Next("one document added", d => d["d4.txt"] = (2, 1)),
        Next("a document added before the first", d => d["d0.txt"] = (2, 1)),
        Next("a document added after the last", d => d["e1.txt"] = (1, 1)),
        Next("a document changed to more facts", d => d["d3.txt"] = (4, 2)),
        Next("a document changed to fewer facts", d => d["d7.txt"] = (2, 2)),
        Next("a document changed, as many facts", d => d["d3.txt"] = (2, 2)),
        Next("a document without facts changed to some", d => d["d5.txt"] = (2, 2)),
        Next("a document without facts changed, still without", d => d["d5.txt"] = (0, 2)),
        Next("a document removed", d => d.Remove("d3.txt"), [["d7.txt#1", "d9.txt#2"]]),
        Next("the first document changed", d => d["d1.txt"] = (5, 2)),
        Next("the last document changed", d => d["d9.txt"] = (1, 2), [["d1.txt#0", "d3.txt#0"], ["d7.txt#1", "d1.txt#1"]]),
        Next("a new document's fact joins a finding listed first", d => d["d4.txt"] = (2, 1), [["d4.txt#0", "d9.txt#0"], .. PublishedFindings]),
        Next("a changed document's fact leaves its finding", d => d["d3.txt"] = (2, 2), [["d7.txt#1", "d9.txt#2"]]),
        Next("an unchanged document's fact joins a new finding", d => d["d4.txt"] = (1, 1), [.. PublishedFindings, ["d4.txt#0", "d5.txt#9", "d7.txt#3"]]),
        new("members with ids past 64 characters, one finding joined", Named, new Docs(Named) { ["d4.txt"] = (1, 1) }, NamedFindings, [NamedFindings[0], [.. NamedFindings[1], "d4.txt#0"]]),
        new("members with ids past 64 characters, one left", Named, new Docs(Named) { [LongName] = (2, 2) }, NamedFindings, [NamedFindings[0], ["d9.txt#0"]]),
        new("documents past the first megabyte, facts longer than the first look", Long, new Docs(Long) { ["d3.txt"] = (12, 2) }, PublishedFindings, PublishedFindings),
    ];

    public override string ToString() => Name;

    /// <summary>The documents whose facts are the same in both runs: in both, with the same count and version.</summary>
    public IReadOnlySet<string> Unchanged =>
        After.Where(d => Before.TryGetValue(d.Key, out var was) && was == d.Value).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);

    public PublishedFacts Account() =>
        new("run-1", [.. Before.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new PublishedDocumentFacts(d.Key, d.Value.Count))], Unchanged);

    public static FactTable Table(Docs docs, string[][] findings)
    {
        var names = docs.Keys.Order(StringComparer.Ordinal).ToList();
        var facts = names.SelectMany(doc => Enumerable.Range(0, docs[doc].Count).Select(k => Fact(doc, k, docs[doc].Version))).ToList();
        var ids = facts.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var key = new FactKey(new MetricCode("train_count"), "中欧班列累计开行", "2023-06");
        return new FactTable(
            [.. names.Select(doc => docs[doc].Count == 3 ? SampleTables.Paged(SampleTables.Doc(doc)) : SampleTables.Doc(doc))],
            facts,
            [.. findings.Select((members, i) =>
            {
                var present = members.Select(IdOf).Where(ids.Contains).ToList();
                return new CrossDocumentFinding(i % 2 == 0 ? FindingKind.Conflict : FindingKind.Corroborated, key, present, [.. present.Select(id => id[..id.IndexOf('-')] + ".txt").Distinct()]);
            })],
            [.. names.Select(doc => new SkippedMention(doc, new SourceSpan(1, 5), "第三届 " + docs[doc].Version, "ordinal"))],
            [RunIssue.Warning(null, "no date")]);
    }

    private static SplicedExportTables Next(string name, Action<Docs> change, string[][]? findings = null)
    {
        var after = new Docs(Published);
        change(after);
        return new(name, Published, after, PublishedFindings, findings ?? PublishedFindings);
    }

    // Text a CSV row or a JSON string has to get right: a quote, a line break, HTML, a character outside the BMP.
    private static Fact Fact(string doc, int k, int version) => SampleTables.Fact(
        IdOf($"{doc}#{k}"),
        doc,
        1000m + k + (version * 0.5m),
        quote: $"第{k}段 \"引\"\r\n</b>&𠀋 v{version}" + (k % 500 == 7 ? new string('长', 3000) : ""),
        asOf: Period.AsOf(PeriodPoint.MonthEnd(2023, 6)),
        spans: [new SourceSpan(k * 10, (k * 10) + 5), new SourceSpan(500 + k, 505 + k)]);

    private static string IdOf(string member) => member.Replace(".txt#", "-", StringComparison.Ordinal);
}

/// <summary>Documents by name, each with its fact count and a version.</summary>
internal sealed class Docs : Dictionary<string, (int Count, int Version)>
{
    public Docs()
        : base(StringComparer.Ordinal)
    {
    }

    public Docs(Docs other)
        : base(other, StringComparer.Ordinal)
    {
    }
}
