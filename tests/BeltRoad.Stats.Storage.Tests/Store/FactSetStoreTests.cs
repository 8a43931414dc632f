using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests.Store;

/// <summary>
/// Schemas 3 and 4: a published run costs what changed. A document's facts are stored once per content (its fact set),
/// a finding once per content, a document's version and a shard of versions once per content; a run lists its shards
/// and findings; the v2 views give every run all its rows back.
/// </summary>
public sealed class FactSetStoreTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private static readonly IFormatProvider Invariant = System.Globalization.CultureInfo.InvariantCulture;

    private readonly TempFolder _temp = new();

    [Fact]
    public void A_rerun_with_the_same_facts_stores_no_fact_or_finding_again() => RerunStoresNothingNew(StoreSettings.SqliteFile(_temp.Sub("runs.sqlite")));

    [PostgresFact]
    public void A_rerun_with_the_same_facts_stores_no_fact_or_finding_again_on_postgres() => RerunStoresNothingNew(StoreSettings.Of("postgres", postgres.NewDatabase()));

    [Fact]
    public void A_document_whose_facts_changed_adds_only_its_own_facts_and_earlier_runs_keep_theirs()
    {
        var settings = StoreSettings.SqliteFile(_temp.Sub("runs.sqlite"));
        var store = RunStores.Open(settings);
        var table = SampleTables.Rich();
        // Another program or configuration: same document, one fact labelled differently.
        var relabelled = table with { Facts = [.. table.Facts.Select(f => f.Id == "a-2" ? f with { Indicator = "比重" } : f)] };
        store.RecordPublished(Run("r1"), table);
        store.RecordPublished(Run("r2"), relabelled);

        var aFacts = table.Facts.Count(f => f.Doc == "a.txt");
        Assert.Equal([(table.Facts.Count + aFacts).ToString(Invariant)], StoreRows.Query(settings, "SELECT COUNT(*) FROM set_facts"));
        Assert.Equal(["r1 | " + table.Facts.Single(f => f.Id == "a-2").Indicator, "r2 | 比重"],
            StoreRows.Query(settings, "SELECT run_id, indicator FROM facts WHERE id = 'a-2' ORDER BY run_id"));
        Assert.Equal(["1"], StoreRows.Query(settings,
            "SELECT COUNT(*) FROM run_fact_sets WHERE run_id = 'r2' AND fact_set NOT IN (SELECT fact_set FROM run_fact_sets WHERE run_id = 'r1')"));
    }

    [Fact]
    public void A_run_that_adds_one_document_to_many_stores_one_new_shard_and_names_the_others() => OneMoreDocument(StoreSettings.SqliteFile(_temp.Sub("runs.sqlite")));

    [PostgresFact]
    public void A_run_that_adds_one_document_to_many_stores_one_new_shard_and_names_the_others_on_postgres() => OneMoreDocument(StoreSettings.Of("postgres", postgres.NewDatabase()));

    /// <summary>
    /// Two outputs sharing one database, publishing at once: 600 documents and the same 600 plus one, so 31 of their
    /// 32 shards and 600 of their versions and fact sets are the same content. Rows go in key order, table by table, so
    /// neither transaction can hold what the other waits for while waiting for what it holds (PostgreSQL would end one
    /// with a deadlock: storing the shards of one run in reverse order did so in some runs of this test); each run gets
    /// all its rows, and the shared content is stored once.
    /// </summary>
    [PostgresFact]
    public async Task Two_runs_storing_mostly_the_same_documents_at_once_on_postgres_each_get_all_their_rows_and_share_the_rest()
    {
        var settings = StoreSettings.Of("postgres", postgres.NewDatabase());
        var (first, second) = (RunStores.Open(settings), RunStores.Open(settings));
        var (table, more) = (PublishedContent.Of(Corpus(600)), PublishedContent.Of(Corpus(601)));
        using var start = new Barrier(2);

        await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(); first.RecordPublished(Run("r1"), table); }),
            Task.Run(() => { start.SignalAndWait(); second.RecordPublished(Run("r2"), more); }));

        Assert.Equal(["r1 | 600 | 600", "r2 | 601 | 601"], StoreRows.Query(settings,
            "SELECT r.run_id, (SELECT COUNT(*) FROM documents d WHERE d.run_id = r.run_id), (SELECT COUNT(*) FROM facts f WHERE f.run_id = r.run_id) FROM runs r ORDER BY r.run_id"));
        Assert.Equal(["601 | 601 | 33"], StoreRows.Query(settings,
            "SELECT (SELECT COUNT(*) FROM fact_sets), (SELECT COUNT(*) FROM document_versions), (SELECT COUNT(*) FROM document_shards)"));
    }

    [Fact]
    public void A_table_with_facts_of_a_document_it_does_not_list_is_refused_before_anything_is_stored()
    {
        var table = SampleTables.Rich();
        var unlisted = table with { Documents = [.. table.Documents.Where(d => d.Name != "b.md")] };

        var e = Assert.Throws<ArgumentException>(() => PublishedContent.Of(unlisted));
        Assert.Contains("'b.md', a document it does not list", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_recorded_again_under_its_id_replaces_its_lists()
    {
        var settings = StoreSettings.SqliteFile(_temp.Sub("runs.sqlite"));
        var store = RunStores.Open(settings);
        store.RecordPublished(Run("r1"), SampleTables.Rich());
        var smaller = SampleTables.Rich() with { Facts = [.. SampleTables.Rich().Facts.Where(f => f.Doc != "c.txt")], Findings = [] };
        store.RecordPublished(Run("r1"), smaller);
        Assert.Equal([smaller.Facts.Count.ToString(Invariant)], StoreRows.Query(settings, "SELECT COUNT(*) FROM facts WHERE run_id = 'r1'"));
        Assert.Equal(["0"], StoreRows.Query(settings, "SELECT COUNT(*) FROM findings"));
    }

    [Fact]
    public void A_run_marked_publishing_stays_as_recorded_when_its_set_is_the_published_one()
    {
        var store = RunStores.Open(StoreSettings.SqliteFile(_temp.Sub("runs.sqlite")));
        store.RecordPublishing(Run("r1"));
        Assert.Null(store.SettlePublishing("r1"));
        Assert.Equal(("published", RunStatus.Succeeded), (store.ReadRuns().Single().Message, store.ReadRuns().Single().Status));
        Assert.Null(store.SettlePublishing("r0")); // settled once: a later check finds nothing pending
        Assert.Equal(RunStatus.Succeeded, store.ReadRuns().Single().Status);
    }

    [Fact]
    public void A_run_marked_publishing_whose_swap_never_happened_is_recorded_as_failed()
    {
        var store = RunStores.Open(StoreSettings.SqliteFile(_temp.Sub("runs.sqlite")));
        store.Record(Run("r1"));
        store.RecordPublishing(Run("r2"));
        Assert.Equal("r2", store.SettlePublishing("r1"));
        var runs = store.ReadRuns().ToDictionary(r => r.RunId);
        Assert.Equal(RunStatus.Succeeded, runs["r1"].Status);
        Assert.Equal(RunStatus.Failed, runs["r2"].Status);
        Assert.Contains("stopped while publishing", runs["r2"].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_stored_ahead_of_its_run_shows_in_no_view_until_the_run_names_it() => ContentAheadOfItsRun(StoreSettings.SqliteFile(_temp.Sub("runs.sqlite")));

    [PostgresFact]
    public void Content_stored_ahead_of_its_run_shows_in_no_view_until_the_run_names_it_on_postgres() => ContentAheadOfItsRun(StoreSettings.Of("postgres", postgres.NewDatabase()));

    [Fact]
    public void Documents_known_by_their_extraction_keys_give_the_same_views_and_are_stored_once_per_key()
    {
        var hashed = StoreSettings.SqliteFile(_temp.Sub("hashed.sqlite"));
        var keyed = StoreSettings.SqliteFile(_temp.Sub("keyed.sqlite"));
        var table = SampleTables.Rich();
        var keys = table.Documents.ToDictionary(d => d.Name, d => "sha256:extraction-of-" + d.Name);
        RunStores.Open(hashed).RecordPublished(Run("r1"), table);
        var store = RunStores.Open(keyed);
        store.RecordPublished(Run("r1"), PublishedContent.Of(table, keys));
        var stored = Counts(keyed);
        store.RecordPublished(Run("r2"), PublishedContent.Of(table, keys));

        Assert.Equal(stored, Counts(keyed));
        Assert.Equal(Counts(hashed), stored);
        foreach (var view in new[] { "facts", "findings", "finding_facts", "series_points", "documents" })
        {
            // Whole rows in order: a view is a set, and its rows' order follows whatever join the database chose.
            Assert.Equal(StoreRows.Query(hashed, $"SELECT * FROM {view} WHERE run_id = 'r1'").Order(StringComparer.Ordinal), StoreRows.Query(keyed, $"SELECT * FROM {view} WHERE run_id = 'r1'").Order(StringComparer.Ordinal));
        }

        // Another program or configuration gives another key: that document's facts are a set of their own.
        store.RecordPublished(Run("r3"), PublishedContent.Of(table, keys.ToDictionary(k => k.Key, k => k.Key == "a.txt" ? "sha256:rebuilt" : k.Value)));
        Assert.Equal([(table.Facts.Count + table.Facts.Count(f => f.Doc == "a.txt")).ToString(Invariant)], StoreRows.Query(keyed, "SELECT COUNT(*) FROM set_facts"));
        Assert.Equal(StoreRows.Query(keyed, "SELECT * FROM facts WHERE run_id = 'r1'").Select(r => r[2..]),
            StoreRows.Query(keyed, "SELECT * FROM facts WHERE run_id = 'r3'").Select(r => r[2..]));
    }

    [Fact]
    public void Content_is_inserted_in_key_order_whatever_the_order_of_its_documents_facts_and_members()
    {
        // The keys are hashes and the ids arbitrary: inserted in the table's order, every row would land in the middle of
        // its primary key's index. In key order each index grows at its right edge (rowid order is insertion order). A
        // set's facts keep the table's order: they land among that set's own entries at the edge whatever their order.
        var settings = StoreSettings.SqliteFile(_temp.Sub("runs.sqlite"));
        var table = SampleTables.Rich();
        var shuffled = table with
        {
            Facts = [.. table.Facts.GroupBy(f => f.Doc).Reverse().SelectMany(d => d.Reverse())],
            Findings =
            [
                .. table.Findings.Select(f => f with { FactIds = [.. f.FactIds.Reverse()] }),
                new CrossDocumentFinding(FindingKind.Conflict, new FactKey(new MetricCode("trade_volume"), "货物贸易额", "2022"), ["c-2", "a-5"], ["c.txt", "a.txt"]),
            ],
        };
        RunStores.Open(settings).StoreContent(PublishedContent.Of(shuffled, table.Documents.ToDictionary(d => d.Name, d => "extraction of " + d.Name)));

        foreach (var (name, key) in new[] { ("fact_sets", "fact_set"), ("set_facts", "fact_set"), ("finding_sets", "finding_set"), ("finding_set_facts", "finding_set, fact_id") })
        {
            var inserted = StoreRows.Query(settings, $"SELECT {key} FROM {name} ORDER BY rowid");
            Assert.True(inserted.Count > 1, name);
            Assert.Equal(StoreRows.Query(settings, $"SELECT {key} FROM {name} ORDER BY {key}"), inserted);
        }

        Assert.Equal(
            [.. shuffled.Facts.GroupBy(f => f.Doc).OrderBy(d => d.Key, StringComparer.Ordinal).SelectMany(d => d.Select(f => f.Id))],
            StoreRows.Query(settings, "SELECT f.id FROM set_facts f JOIN fact_sets s USING (fact_set) ORDER BY s.doc, f.rowid"));
    }

    [Fact]
    public void Facts_of_a_paged_document_are_stored_with_the_page_each_starts_on_whether_keyed_or_hashed()
    {
        var table = SampleTables.Rich();
        var names = table.Documents.ToDictionary(d => d.Name);
        var expected = table.Facts.OrderBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => f.Id + " | " + (names[f.Doc].PageOf(f.Span)?.ToString(Invariant) ?? "NULL")).ToList();
        Assert.Contains(expected, row => !row.EndsWith("NULL", StringComparison.Ordinal));
        foreach (var keys in new[] { null, table.Documents.ToDictionary(d => d.Name, d => "extraction of " + d.Name) })
        {
            var settings = StoreSettings.SqliteFile(_temp.Sub(keys is null ? "hashed.sqlite" : "keyed.sqlite"));
            RunStores.Open(settings).RecordPublished(Run("r1"), PublishedContent.Of(table, keys));
            Assert.Equal(expected, StoreRows.Query(settings, "SELECT id, page FROM facts ORDER BY id"));
        }
    }

    /// <summary>
    /// A run keeps only its content's keys once the rows are stored (so its facts are not held to its end); those keys
    /// cannot name rows the store lacks: the run's transaction fails and leaves nothing, and once the rows are stored
    /// the same keys name them.
    /// </summary>
    [Fact]
    public void Content_named_by_its_keys_alone_needs_its_rows_stored_first()
    {
        var settings = StoreSettings.SqliteFile(_temp.Sub("runs.sqlite"));
        var store = RunStores.Open(settings);
        var content = PublishedContent.Of(SampleTables.Rich());

        var error = Assert.Throws<InvalidOperationException>(() => store.RecordPublished(Run("r1"), content.KeysOnly()));
        Assert.Contains("holds only its keys", error.Message, StringComparison.Ordinal);
        Assert.Equal(["0 | 0 | 0"], StoreRows.Query(settings, "SELECT (SELECT COUNT(*) FROM runs), (SELECT COUNT(*) FROM fact_sets), (SELECT COUNT(*) FROM document_shards)"));

        store.StoreContent(content);
        store.RecordPublished(Run("r1"), content.KeysOnly());
        var whole = StoreSettings.SqliteFile(_temp.Sub("whole.sqlite"));
        RunStores.Open(whole).RecordPublished(Run("r1"), content);
        Assert.Equal(AllViews(whole), AllViews(settings));
    }

    public void Dispose() => _temp.Dispose();

    private static void ContentAheadOfItsRun(StoreSettings settings)
    {
        var store = RunStores.Open(settings);
        var table = SampleTables.Rich();
        store.RecordPublished(Run("r1"), table);
        var views = AllViews(settings);
        var relabelled = table with { Facts = [.. table.Facts.Select(f => f.Doc == "a.txt" ? f with { Indicator = "比重" } : f)] };
        var content = PublishedContent.Of(relabelled);

        store.StoreContent(content);
        Assert.Equal(views, AllViews(settings)); // stored, named by no run: a run stopped here left the views as they were
        store.StoreContent(content);
        var stored = Counts(settings);
        store.RecordPublished(Run("r2"), content.KeysOnly()); // stored: its keys alone name it, the facts let go

        Assert.Equal(stored, Counts(settings)); // the run only named what was stored ahead
        Assert.Equal(
            StoreRows.Query(settings, "SELECT id, doc, metric, value, page FROM facts WHERE run_id = 'r1' ORDER BY id"),
            StoreRows.Query(settings, "SELECT id, doc, metric, value, page FROM facts WHERE run_id = 'r2' ORDER BY id"));
        Assert.All(StoreRows.Query(settings, "SELECT indicator FROM facts WHERE run_id = 'r2' AND doc = 'a.txt'"), i => Assert.Equal("比重", i));
        Assert.Equal(StoreRows.Query(settings, "SELECT * FROM finding_facts WHERE run_id = 'r1' ORDER BY finding_id, fact_id").Select(r => r[2..]),
            StoreRows.Query(settings, "SELECT * FROM finding_facts WHERE run_id = 'r2' ORDER BY finding_id, fact_id").Select(r => r[2..]));
    }

    /// <summary>
    /// 100 documents in 16 shards, then one more (still 16: 16² ≥ 101): the second run stores the one shard that holds
    /// the new document, with its members, and one version, and names every shard; the views give it all 101 documents.
    /// </summary>
    private static void OneMoreDocument(StoreSettings settings)
    {
        var store = RunStores.Open(settings);
        var hundred = Corpus(100);
        var more = Corpus(101);
        const string Sizes = "SELECT (SELECT COUNT(*) FROM shard_documents), (SELECT COUNT(*) FROM document_versions), (SELECT COUNT(*) FROM document_shards)";
        store.RecordPublished(Run("r1"), hundred);
        var before = StoreRows.Query(settings, Sizes);

        store.RecordPublished(Run("r2"), more);

        // Worked out apart (Python's hashlib): d000…d100 fill all 16 buckets, and d100's holds 9 of the 101 names.
        Assert.Equal(
            [string.Join(" | ", Shards(before).Zip([9, 1, 1], (n, added) => n + added))],
            StoreRows.Query(settings, Sizes));
        Assert.Equal(["16"], StoreRows.Query(settings, "SELECT COUNT(*) FROM run_shards WHERE run_id = 'r2'"));
        Assert.Equal(
            [.. more.Documents.Select(d => $"r2 | {d.Name} | {d.Sha256} | {d.Title}")],
            StoreRows.Query(settings, "SELECT run_id, name, sha256, title FROM documents WHERE run_id = 'r2' ORDER BY name"));
        Assert.Equal(["100 | 101"], StoreRows.Query(settings,
            "SELECT (SELECT COUNT(*) FROM run_fact_sets WHERE run_id = 'r1'), (SELECT COUNT(*) FROM facts WHERE run_id = 'r2')"));

        static IEnumerable<long> Shards(List<string> counts) => counts.Single().Split(" | ").Select(n => long.Parse(n, Invariant));
    }

    /// <summary><paramref name="documents"/> documents d000, d001, …, each with one fact.</summary>
    private static FactTable Corpus(int documents) => new(
        [.. Enumerable.Range(0, documents).Select(i => SampleTables.Doc($"d{i:D3}.txt"))],
        [.. Enumerable.Range(0, documents).Select(i => SampleTables.Fact($"f{i:D3}", $"d{i:D3}.txt", i))], [], [], []);

    private static List<string> AllViews(StoreSettings settings) =>
        [.. new[] { "facts", "findings", "finding_facts", "latest_facts", "series_points", "documents", "run_fact_sets" }.SelectMany(v => StoreRows.Query(settings, $"SELECT * FROM {v} ORDER BY 1, 2"))];

    private static void RerunStoresNothingNew(StoreSettings settings)
    {
        var store = RunStores.Open(settings);
        var table = SampleTables.Rich();
        store.RecordPublished(Run("r1"), table);
        var stored = Counts(settings);
        store.RecordPublished(Run("r2"), table);

        Assert.Equal(stored, Counts(settings));
        var columns = "id, doc, metric, entity, indicator, nature, aggregation, subject, value, value_num, value_high, unit, qualifier, as_of, as_of_basis, section, quote, start, \"end\", page";
        var first = StoreRows.Query(settings, $"SELECT {columns} FROM facts WHERE run_id = 'r1' ORDER BY id");
        Assert.Equal(table.Facts.Count, first.Count);
        Assert.Equal(first, StoreRows.Query(settings, $"SELECT {columns} FROM facts WHERE run_id = 'r2' ORDER BY id"));
        Assert.Equal(first, StoreRows.Query(settings, $"SELECT {columns} FROM latest_facts ORDER BY id"));
        Assert.Equal(
            StoreRows.Query(settings, "SELECT finding_id, fact_id, doc FROM finding_facts WHERE run_id = 'r1' ORDER BY finding_id, fact_id"),
            StoreRows.Query(settings, "SELECT finding_id, fact_id, doc FROM finding_facts WHERE run_id = 'r2' ORDER BY finding_id, fact_id"));
        Assert.Equal([table.Documents.Count.ToString(Invariant)], StoreRows.Query(settings, "SELECT COUNT(*) FROM documents WHERE run_id = 'r2'"));
    }

    private static List<string> Counts(StoreSettings settings) => StoreRows.Query(settings,
        "SELECT (SELECT COUNT(*) FROM fact_sets), (SELECT COUNT(*) FROM set_facts), (SELECT COUNT(*) FROM finding_sets), (SELECT COUNT(*) FROM finding_set_facts), " +
        "(SELECT COUNT(*) FROM document_versions), (SELECT COUNT(*) FROM document_shards), (SELECT COUNT(*) FROM shard_documents)");

    private static RunRecord Run(string id) => new(id, new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero).AddMinutes(id[^1]), null,
        RunStatus.Succeeded, "sha256:x", 3, 8, 0, 0, 8, 0, 0, "published", "node-a", RunTrigger.Manual, null);
}
