using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests.Store;

/// <summary>A store made by the previous schema upgrades in place; one made by a newer program is refused, by name.</summary>
public sealed class StoreMigrationTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    // history/runs.sqlite exactly as the run log wrote it before the store existed (schema 1), with one run.
    private const string SchemaOne = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta (key, value) VALUES ('schema_version', '1');
        CREATE TABLE runs (
            run_id TEXT PRIMARY KEY, started_utc TEXT NOT NULL, finished_utc TEXT, status TEXT NOT NULL,
            fingerprint TEXT NOT NULL, documents INTEGER NOT NULL, facts INTEGER NOT NULL,
            warnings INTEGER NOT NULL, failures INTEGER NOT NULL, changes_added INTEGER NOT NULL,
            changes_removed INTEGER NOT NULL, changes_changed INTEGER NOT NULL, message TEXT);
        INSERT INTO runs VALUES ('20261101T060000Z-old111', '2026-11-01T06:00:00.0000000Z', '2026-11-01T06:00:01.5000000Z',
            'succeeded', 'sha256:old', 5, 265, 0, 0, 265, 0, 0, 'published');
        """;

    private static readonly string Latest = RunStores.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private readonly TempFolder _temp = new();

    [Fact]
    public void A_schema_one_sqlite_run_log_upgrades_in_place_and_keeps_its_runs() => UpgradesInPlace(StoreSettings.SqliteFile(_temp.Sub("runs.sqlite")));

    [PostgresFact]
    public void A_schema_one_postgres_store_upgrades_in_place_and_keeps_its_runs() => UpgradesInPlace(StoreSettings.Of("postgres", postgres.NewDatabase()));

    [Fact]
    public void A_schema_two_sqlite_store_upgrades_in_place_and_every_view_gives_the_same_rows() => SchemaTwoUpgrades(StoreSettings.SqliteFile(_temp.Sub("runs.sqlite")));

    [PostgresFact]
    public void A_schema_two_postgres_store_upgrades_in_place_and_every_view_gives_the_same_rows() => SchemaTwoUpgrades(StoreSettings.Of("postgres", postgres.NewDatabase()));

    [Fact]
    public void A_schema_three_sqlite_store_upgrades_in_place_and_every_view_gives_the_same_rows() => SchemaThreeUpgrades(StoreSettings.SqliteFile(_temp.Sub("runs.sqlite")));

    [PostgresFact]
    public void A_schema_three_postgres_store_upgrades_in_place_and_every_view_gives_the_same_rows() => SchemaThreeUpgrades(StoreSettings.Of("postgres", postgres.NewDatabase()));

    [Fact]
    public void A_schema_four_sqlite_store_upgrades_in_place_its_old_facts_without_a_measure_and_new_ones_with_it() => SchemaFourUpgrades(StoreSettings.SqliteFile(_temp.Sub("runs.sqlite")));

    [PostgresFact]
    public void A_schema_four_postgres_store_upgrades_in_place_its_old_facts_without_a_measure_and_new_ones_with_it() => SchemaFourUpgrades(StoreSettings.Of("postgres", postgres.NewDatabase()));

    [Fact]
    public void A_new_sqlite_store_has_16_kb_pages_and_an_upgraded_one_keeps_the_page_size_it_had()
    {
        var fresh = StoreSettings.SqliteFile(_temp.Sub("fresh.sqlite"));
        RunStores.Open(fresh).RecordPublished(new RunRecord("r1", DateTimeOffset.UnixEpoch, null, RunStatus.Succeeded, "sha256:x", 3, 8, 0, 0, 8, 0, 0, null), SampleTables.Rich());
        Assert.Equal(["16384"], StoreRows.Query(fresh, "PRAGMA page_size"));

        var old = StoreSettings.SqliteFile(_temp.Sub("old.sqlite"));
        StoreRows.Execute(old, "PRAGMA page_size = 4096; " + SchemaOne);
        RunStores.Open(old);
        Assert.Equal(["4096"], StoreRows.Query(old, "PRAGMA page_size"));
        Assert.Equal(["20261101T060000Z-old111"], StoreRows.Query(old, "SELECT run_id FROM runs"));
    }

    [Fact]
    public void A_sqlite_store_from_a_newer_program_is_refused_with_both_versions_named() => RefusesNewer(StoreSettings.SqliteFile(_temp.Sub("runs.sqlite")));

    [PostgresFact]
    public void A_postgres_store_from_a_newer_program_is_refused_with_both_versions_named() => RefusesNewer(StoreSettings.Of("postgres", postgres.NewDatabase()));

    [PostgresFact]
    public async Task Nodes_starting_together_on_an_empty_postgres_database_migrate_it_once()
    {
        var settings = StoreSettings.Of("postgres", postgres.NewDatabase());
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RunStores.Open(settings))));
        Assert.Equal([Latest], StoreRows.Query(settings, "SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Empty(RunStores.Open(settings).ReadRuns());
    }

    /// <summary>
    /// A released step is never edited: each step's statements per backend, whitespace aside, pinned by their SHA-256
    /// (a step may be rewritten, e.g. to share text with a later one, only if this still holds). A new step adds its pins.
    /// </summary>
    [Theory]
    [InlineData(1, "sqlite", "78d8d206bed1bb9e")]
    [InlineData(1, "postgres", "78d8d206bed1bb9e")]
    [InlineData(2, "sqlite", "e6370fc3e10974e8")]
    [InlineData(2, "postgres", "3a40120317da08da")]
    [InlineData(3, "sqlite", "38a305131f8da030")]
    [InlineData(3, "postgres", "cd647816a4d450c5")]
    [InlineData(4, "sqlite", "01e034730f0537a2")]
    [InlineData(4, "postgres", "e1e1e9c5413a8c1e")]
    [InlineData(5, "sqlite", "fadaee93c2deb7cf")]
    [InlineData(5, "postgres", "fadaee93c2deb7cf")]
    public void A_released_step_keeps_its_statements(int version, string backend, string sha256)
    {
        var dialect = backend == "postgres" ? SqlDialect.Postgres : SqlDialect.Sqlite;
        var statements = System.Text.RegularExpressions.Regex.Replace(StoreMigrations.All.Single(m => m.Version == version).Sql(dialect), @"\s+", " ").Trim();
        Assert.Equal(sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(statements)))[..16]);
    }

    [Fact]
    public void Opening_a_current_store_again_changes_nothing()
    {
        var settings = StoreSettings.SqliteFile(_temp.Sub("runs.sqlite"));
        RunStores.Open(settings).RecordPublished(Run("r1"), SampleTables.Rich());
        var before = StoreRows.Query(settings, "SELECT * FROM facts ORDER BY id");
        RunStores.Open(settings);
        Assert.Equal(before, StoreRows.Query(settings, "SELECT * FROM facts ORDER BY id"));
        Assert.Equal([Latest], StoreRows.Query(settings, "SELECT value FROM meta WHERE key = 'schema_version'"));
    }

    public void Dispose() => _temp.Dispose();

    private static void UpgradesInPlace(StoreSettings settings)
    {
        StoreRows.Execute(settings, SchemaOne);
        var store = RunStores.Open(settings);
        var old = Assert.Single(store.ReadRuns());
        Assert.Equal(("20261101T060000Z-old111", RunStatus.Succeeded, 265, RunTrigger.Manual, (string?)null), (old.RunId, old.Status, old.Facts, old.Trigger, old.Node));
        store.RecordPublished(Run("20261122T060000Z-new222"), SampleTables.Rich());
        Assert.Equal([RunStores.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)], StoreRows.Query(settings, "SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Equal(SampleTables.Rich().Facts.Count, StoreRows.Query(settings, "SELECT id FROM latest_facts").Count);
        Assert.Equal(2, store.ReadRuns().Count);
    }

    /// <summary>Schema 2 as it was released, with two published runs written in its shape, upgraded by opening it.</summary>
    private static void SchemaTwoUpgrades(StoreSettings settings)
    {
        SchemaTwoWithTwoRuns(settings);
        var before = SchemaTwoQueries.Select(sql => StoreRows.Query(settings, sql)).ToList();
        Assert.All(before, Assert.NotEmpty);

        var upgraded = RunStores.Open(settings);

        Assert.Equal([Latest], StoreRows.Query(settings, "SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Equal(before, SchemaTwoQueries.Select(sql => StoreRows.Query(settings, sql)));
        upgraded.RecordPublished(Run("20261123T060000Z-cccccc") with { Started = new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero) }, SampleTables.Rich());
        Assert.Equal(["20261123T060000Z-cccccc"], StoreRows.Query(settings, "SELECT DISTINCT run_id FROM latest_facts"));
        Assert.Equal(before[0], StoreRows.Query(settings, SchemaTwoQueries[0]).Where(row => !row.StartsWith("20261123", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Schema 3 with what its writer could leave: two runs naming one fact set, and a run naming the fact set of a
    /// document it did not list (its facts in <c>facts</c>, the document not in <c>documents</c>). Every view, the
    /// run's fact sets included, gives the same rows after the upgrade.
    /// </summary>
    private static void SchemaThreeUpgrades(StoreSettings settings)
    {
        var store = SchemaTwoWithTwoRuns(settings);
        StoreRows.Execute(settings, StoreMigrations.All.Single(m => m.Version == 3).Sql(store.Dialect) + "UPDATE meta SET value = '3' WHERE key = 'schema_version';");
        StoreRows.Execute(settings,
            "UPDATE run_fact_sets SET fact_set = 'v2/20261121T060000Z-aaaaaa/a.txt' WHERE run_id = '20261122T060000Z-bbbbbb' AND doc = 'a.txt';" +
            "DELETE FROM documents WHERE run_id = '20261122T060000Z-bbbbbb' AND name = 'b.md';");
        string[] queries = [.. SchemaTwoQueries, "SELECT * FROM run_fact_sets ORDER BY run_id, doc"];
        var before = queries.Select(sql => StoreRows.Query(settings, sql)).ToList();
        Assert.NotEmpty(StoreRows.Query(settings, "SELECT id FROM facts WHERE run_id = '20261122T060000Z-bbbbbb' AND doc = 'b.md'"));

        var upgraded = RunStores.Open(settings);

        Assert.Equal([Latest], StoreRows.Query(settings, "SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Equal(before, queries.Select(sql => StoreRows.Query(settings, sql)));
        upgraded.RecordPublished(Run("20261123T060000Z-cccccc") with { Started = new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero) }, SampleTables.Rich());
        Assert.Equal(before[0], StoreRows.Query(settings, queries[0]).Where(row => !row.StartsWith("20261123", StringComparison.Ordinal)));
        Assert.Equal(StoreRows.Query(settings, "SELECT name FROM documents WHERE run_id = '20261121T060000Z-aaaaaa' ORDER BY name"),
            StoreRows.Query(settings, "SELECT name FROM documents WHERE run_id = '20261123T060000Z-cccccc' ORDER BY name"));
    }

    /// <summary>
    /// Schema 4 with two runs, upgraded: every view gives the same rows in schema 2's columns, the stored facts have no
    /// measure, and a run recorded after the upgrade stores its facts' measure words, seen through every view over facts.
    /// </summary>
    private static void SchemaFourUpgrades(StoreSettings settings)
    {
        var store = SchemaTwoWithTwoRuns(settings);
        StoreRows.Execute(settings, string.Concat(StoreMigrations.All.Where(m => m.Version is 3 or 4).Select(m => m.Sql(store.Dialect)))
            + "UPDATE meta SET value = '4' WHERE key = 'schema_version';");
        var before = SchemaTwoQueries.Select(sql => StoreRows.Query(settings, sql)).ToList();

        var upgraded = RunStores.Open(settings);

        Assert.Equal([Latest], StoreRows.Query(settings, "SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Equal(before, SchemaTwoQueries.Select(sql => StoreRows.Query(settings, sql)));
        Assert.Equal(["NULL"], StoreRows.Query(settings, "SELECT DISTINCT measure FROM facts"));
        var measured = SampleTables.Rich() with { Facts = [.. SampleTables.Rich().Facts.Select(f => f.Id == "a-5" ? f with { Measure = "场" } : f)] };
        upgraded.RecordPublished(Run("20261123T060000Z-cccccc") with { Started = new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero) }, measured);
        Assert.Equal(["a-5 | 场"], StoreRows.Query(settings, "SELECT id, measure FROM latest_facts WHERE measure IS NOT NULL"));
        Assert.Equal(["a-5 | 场"], StoreRows.Query(settings, "SELECT id, measure FROM facts WHERE measure IS NOT NULL"));
    }

    /// <summary>A store at schema 2 as it was released, with two published runs written in its shape (the second without c.txt's facts and any finding).</summary>
    private static DbRunStore SchemaTwoWithTwoRuns(StoreSettings settings)
    {
        var store = RunStores.Unmigrated(settings);
        StoreRows.Execute(settings, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta (key, value) VALUES ('schema_version', '2');"
            + string.Concat(StoreMigrations.All.Where(m => m.Version <= 2).Select(m => m.Sql(store.Dialect))));
        var smaller = SampleTables.Rich() with { Facts = [.. SampleTables.Rich().Facts.Where(f => f.Doc != "c.txt")], Findings = [] };
        WriteSchemaTwoRun(settings, store, Run("20261121T060000Z-aaaaaa"), SampleTables.Rich());
        WriteSchemaTwoRun(settings, store, Run("20261122T060000Z-bbbbbb") with { Started = new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero) }, smaller);
        return store;
    }

    /// <summary>What schema 2 gave users: its tables (now views) and views, in full (in its columns: later steps add some) and ordered.</summary>
    private static readonly string[] SchemaTwoQueries =
    [
        $"SELECT {SchemaTwoFactColumns} FROM facts ORDER BY run_id, id",
        $"SELECT {SchemaTwoFactColumns} FROM latest_facts ORDER BY id",
        "SELECT * FROM series_points ORDER BY run_id, fact_id",
        "SELECT * FROM documents ORDER BY run_id, name",
        "SELECT * FROM findings ORDER BY run_id, id",
        "SELECT * FROM finding_facts ORDER BY run_id, finding_id, fact_id",
    ];

    private static string SchemaTwoFactColumns => "run_id, " + string.Join(", ", FactColumns.SchemaTwo.Select(c => $"\"{c.Name}\""));

    /// <summary>A published run as schema 2's store wrote it: the run's row, then its rows keyed by run id.</summary>
    private static void WriteSchemaTwoRun(StoreSettings settings, DbRunStore store, RunRecord run, FactTable table)
    {
        store.Record(run);
        using var connection = settings.Provider == StoreProvider.Postgres
            ? (System.Data.Common.DbConnection)new Npgsql.NpgsqlConnection(settings.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(settings.ConnectionString + ";Pooling=False");
        connection.Open();
        DbTransactions.Run(connection, transaction =>
        {
            FactTableRows.WriteDocuments(connection, transaction, table.Documents, run.RunId);
            FactTableRows.WriteFacts(connection, transaction, table, run.RunId);
            FactTableRows.WriteFindings(connection, transaction, table, run.RunId);
        });
    }

    private static void RefusesNewer(StoreSettings settings)
    {
        RunStores.Open(settings).Record(Run("r1"));
        StoreRows.Execute(settings, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        var e = Assert.Throws<StoreSchemaException>(() => RunStores.Open(settings));
        Assert.Contains($"version 99, newer than this program's {Latest}", e.Message, StringComparison.Ordinal);
        Assert.StartsWith(settings.ToString(), e.Message, StringComparison.Ordinal);
        Assert.Equal(["99"], StoreRows.Query(settings, "SELECT value FROM meta WHERE key = 'schema_version'"));
    }

    private static RunRecord Run(string id) => new(id, new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 22, 6, 0, 1, TimeSpan.Zero),
        RunStatus.Succeeded, "sha256:x", 3, 8, 0, 0, 8, 0, 0, "published", "node-a", RunTrigger.Cron, new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero));
}
