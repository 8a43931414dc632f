using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Steps;
using BeltRoad.Stats.Reporting;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Cli.Tests;

public class RunReportFactsTests
{
    [Fact]
    public async Task A_report_fed_a_document_at_a_time_has_the_bytes_of_one_read_from_the_whole_table()
    {
        using var folder = new TempFolder();
        var table = await SeedsTable(folder);
        Assert.NotEmpty(table.Findings);

        var fromTable = Write(ReportFacts.Of(table), folder.Sub("table"));
        var fed = Write(RunReportFacts.Of(TableAccount.Of(table), table.Facts), folder.Sub("fed"));

        Assert.Equal(fromTable.Select(f => f.Name), fed.Select(f => f.Name));
        Assert.Contains(fromTable, f => f.Name.StartsWith("charts/", StringComparison.Ordinal));
        Assert.All(fromTable.Zip(fed), p => Assert.True(p.First.Bytes.SequenceEqual(p.Second.Bytes), p.First.Name + " differs"));
    }

    [Fact]
    public async Task The_facts_are_read_once_and_then_let_go()
    {
        using var folder = new TempFolder();
        var table = await SeedsTable(folder);
        var facts = RunReportFacts.Of(TableAccount.Of(table), table.Facts);

        Assert.Equal(table.Facts.Count, facts.Facts().Count());
        var e = Assert.Throws<InvalidOperationException>(() => facts.Facts());
        Assert.Contains("read once", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finding_naming_a_fact_the_run_lacks_is_refused()
    {
        using var folder = new TempFolder();
        var table = await SeedsTable(folder);
        var account = TableAccount.Of(table);
        var findings = account.Listing.Findings;
        account = account with { Listing = account.Listing with { Findings = [findings[0] with { FactIds = [.. findings[0].FactIds, "removed.txt#100"] }] } };

        Assert.Contains("which is not in the fact table", Refusal(account, table), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_with_other_facts_than_the_account_counts_is_refused()
    {
        using var folder = new TempFolder();
        var table = await SeedsTable(folder);
        var account = TableAccount.Of(table);
        var doc = table.Facts[0].Doc;
        var fewer = account with { FactsByDocument = account.FactsByDocument.ToDictionary(p => p.Key, p => p.Key == doc ? p.Value - 1 : p.Value, StringComparer.Ordinal) };
        var none = account with { FactsByDocument = account.FactsByDocument.Where(p => p.Key != doc).ToDictionary(StringComparer.Ordinal) };

        Assert.Contains($"of '{doc}'", Refusal(fewer, table), StringComparison.Ordinal);
        Assert.Contains("counts none of", Refusal(none, table), StringComparison.Ordinal);
    }

    /// <summary>Why reading <paramref name="table"/>'s facts against <paramref name="account"/> is refused.</summary>
    private static string Refusal(TableAccount account, FactTable table) =>
        Assert.Throws<ArgumentException>(() => RunReportFacts.Of(account, table.Facts).Facts().Count()).Message;

    /// <summary>The seeds run's table as it published it: the run lets its facts and skipped mentions go after writing them to facts.sqlite.</summary>
    private static async Task<FactTable> SeedsTable(TempFolder folder)
    {
        var outcome = await new ReportRunner().RunAsync(new RunOptions(RepoRoot.Seeds, folder.Sub("out")));
        Assert.Equal(RunStatus.Succeeded, outcome.Status);
        var store = Path.Combine(folder.Sub("out"), "facts.sqlite");
        return outcome.Account.Listing with { Facts = [.. FactStore.StreamFacts(store)], Skipped = FactStore.ReadFacts(store).Skipped };
    }

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
