using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Steps;
using BeltRoad.Stats.Reporting;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Cli.Tests;

public class StoredReportFactsTests
{
    [Fact]
    public async Task A_report_read_from_facts_sqlite_has_the_bytes_of_one_read_from_the_table()
    {
        using var folder = new TempFolder();
        var outcome = await new ReportRunner().RunAsync(new RunOptions(RepoRoot.Seeds, folder.Sub("out")));
        Assert.Equal(RunStatus.Succeeded, outcome.Status);
        var table = Published(outcome, folder.Sub("out"));
        Assert.NotEmpty(table.Findings);

        var fromTable = Write(ReportFacts.Of(table), folder.Sub("table"));
        var fromStore = Write(new StoredReportFacts(folder.Sub("out/facts.sqlite"), TableAccount.Of(table)), folder.Sub("store"));

        Assert.Equal(fromTable.Select(f => f.Name), fromStore.Select(f => f.Name));
        Assert.Contains(fromTable, f => f.Name.StartsWith("charts/", StringComparison.Ordinal));
        Assert.All(fromTable.Zip(fromStore), p => Assert.True(p.First.Bytes.SequenceEqual(p.Second.Bytes), p.First.Name + " differs"));
    }

    [Fact]
    public async Task A_finding_naming_a_fact_the_store_lacks_is_refused()
    {
        using var folder = new TempFolder();
        var outcome = await new ReportRunner().RunAsync(new RunOptions(RepoRoot.Seeds, folder.Sub("out")));
        var findings = outcome.Account.Listing.Findings;
        var account = outcome.Account with { Listing = outcome.Account.Listing with { Findings = [findings[0] with { FactIds = [.. findings[0].FactIds, "removed.txt#100"] }] } };

        var e = Assert.Throws<ArgumentException>(() => new StoredReportFacts(folder.Sub("out/facts.sqlite"), account).Facts().Count());
        Assert.Contains("not in facts.sqlite", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The run's table as it published it: the run lets its facts go after writing them to facts.sqlite.</summary>
    internal static FactTable Published(RunOutcome outcome, string output) =>
        outcome.Account.Listing with { Facts = [.. FactStore.StreamFacts(Path.Combine(output, "facts.sqlite"))] };

    private static List<(string Name, byte[] Bytes)> Write(IReportFacts facts, string directory)
    {
        Directory.CreateDirectory(directory);
        var catalog = MetricCatalog.Default;
        ReportWriter.Write(new ReportInput(facts, catalog.MetricInfos, catalog.GroupInfos, new DateOnly(2023, 10, 18), "test"), directory);
        return [.. Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)];
    }
}
