using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests.Store;

/// <summary>
/// A SQLite run store copies a run's new content from the run's facts.sqlite (attached) instead of binding every fact
/// again: the same rows, in the same order, as content bound from the table; a facts.sqlite that does not hold the
/// table's rows fails the store and leaves nothing behind.
/// </summary>
public sealed class ContentFromFactStoreTests : IDisposable
{
    private static readonly string[] ContentTables = ["fact_sets", "set_facts", "finding_sets", "finding_set_facts"];

    private readonly TempFolder _temp = new();

    [Fact]
    public void Content_copied_from_the_runs_facts_sqlite_has_the_rows_and_row_order_of_content_bound_from_the_table()
    {
        var table = Shuffled(SampleTables.Rich());
        var keys = table.Documents.ToDictionary(d => d.Name, d => "extraction of " + d.Name);
        var factStore = _temp.Sub("facts.sqlite");
        FactStore.Write(factStore, table, []);
        var bound = StoreSettings.SqliteFile(_temp.Sub("bound.sqlite"));
        var copied = StoreSettings.SqliteFile(_temp.Sub("copied.sqlite"));

        RunStores.Open(bound).StoreContent(PublishedContent.Of(table, keys));
        var store = RunStores.Open(copied);
        store.StoreContent(PublishedContent.Of(table, keys), factStore);
        store.StoreContent(PublishedContent.Of(table, keys), factStore); // stored already: nothing copied twice

        foreach (var name in ContentTables)
        {
            var rows = StoreRows.Query(bound, $"SELECT rowid, * FROM {name} ORDER BY rowid");
            Assert.True(rows.Count > 1, name);
            Assert.Equal(rows, StoreRows.Query(copied, $"SELECT rowid, * FROM {name} ORDER BY rowid"));
        }
    }

    [Fact]
    public void A_facts_sqlite_missing_some_of_the_tables_facts_fails_the_store_and_leaves_no_content()
    {
        var table = SampleTables.Rich();
        var factStore = _temp.Sub("facts.sqlite");
        FactStore.Write(factStore, table with { Facts = [.. table.Facts.Where(f => f.Id != "a-2")], Findings = [] }, []);
        var settings = StoreSettings.SqliteFile(_temp.Sub("runs.sqlite"));
        var store = RunStores.Open(settings);

        var error = Assert.Throws<InvalidOperationException>(() => store.StoreContent(PublishedContent.Of(table), factStore));
        Assert.Contains("facts of its new fact sets", error.Message, StringComparison.Ordinal);
        Assert.All(ContentTables, name => Assert.Equal(["0"], StoreRows.Query(settings, $"SELECT COUNT(*) FROM {name}")));

        store.StoreContent(PublishedContent.Of(table)); // the file is detached and the store as it was: bound from the table instead
        Assert.Equal([table.Facts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)], StoreRows.Query(settings, "SELECT COUNT(*) FROM set_facts"));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Documents, facts and members in reverse, and a second finding: key order is not the table's order.</summary>
    private static FactTable Shuffled(FactTable table) => table with
    {
        Facts = [.. table.Facts.GroupBy(f => f.Doc).Reverse().SelectMany(d => d.Reverse())],
        Findings =
        [
            .. table.Findings.Select(f => f with { FactIds = [.. f.FactIds.Reverse()] }),
            new CrossDocumentFinding(FindingKind.Conflict, new FactKey(new MetricCode("trade_volume"), "货物贸易额", "2022"), ["c-2", "a-5"], ["c.txt", "a.txt"]),
        ],
    };
}
