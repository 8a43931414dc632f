using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests.Store;

/// <summary>The same runs written to SQLite and to PostgreSQL answer the same SQL with the same rows.</summary>
public sealed class RunStoreContractTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>What docs/scheduling.md tells people to run, and what a BI tool reads: tables and views, ordered.</summary>
    private static readonly string[] Queries =
    [
        "SELECT run_id, started_utc, finished_utc, status, fingerprint, documents, facts, warnings, failures, changes_added, changes_removed, changes_changed, message, node, \"trigger\", scheduled_fire_time FROM runs ORDER BY started_utc, run_id",
        "SELECT * FROM latest_facts ORDER BY id",
        "SELECT * FROM series_points ORDER BY run_id, fact_id",
        "SELECT * FROM documents ORDER BY run_id, name",
        "SELECT * FROM facts ORDER BY run_id, id",
        "SELECT f.run_id, f.id, f.kind, f.metric, f.subject, f.as_of, ff.fact_id, ff.doc FROM findings f JOIN finding_facts ff ON ff.run_id = f.run_id AND ff.finding_id = f.id ORDER BY f.run_id, f.id, ff.fact_id",
        "SELECT metric, unit, COUNT(*), MIN(value_num), MAX(value_num), COUNT(DISTINCT doc) FROM latest_facts GROUP BY metric, unit ORDER BY metric, unit",
        "SELECT r.\"trigger\", r.node, COUNT(f.id) FROM runs r LEFT JOIN facts f ON f.run_id = r.run_id GROUP BY r.\"trigger\", r.node ORDER BY r.\"trigger\", r.node",
    ];

    [PostgresFact]
    public void Both_backends_answer_every_query_with_the_same_rows()
    {
        var sqlite = StoreSettings.SqliteFile(_temp.Sub("store.sqlite"));
        var pg = StoreSettings.Of("postgres", postgres.NewDatabase());
        Fill(RunStores.Open(sqlite));
        Fill(RunStores.Open(pg));
        foreach (var sql in Queries)
        {
            var expected = StoreRows.Query(sqlite, sql);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, StoreRows.Query(pg, sql));
        }
    }

    [PostgresFact]
    public void Both_backends_read_back_the_runs_they_were_given()
    {
        var sqlite = RunStores.Open(StoreSettings.SqliteFile(_temp.Sub("store.sqlite")));
        var pg = RunStores.Open(StoreSettings.Of("postgres", postgres.NewDatabase()));
        Fill(sqlite);
        Fill(pg);
        Assert.Equal(Runs().OrderBy(r => r.Started), sqlite.ReadRuns());
        Assert.Equal(sqlite.ReadRuns(), pg.ReadRuns());
    }

    [PostgresFact]
    public void A_run_left_running_by_a_dead_node_is_marked_failed_on_both_backends()
    {
        foreach (var store in new[] { RunStores.Open(StoreSettings.SqliteFile(_temp.Sub("s.sqlite"))), RunStores.Open(StoreSettings.Of("postgres", postgres.NewDatabase())) })
        {
            var running = Runs()[0] with { RunId = "r-running", Status = RunStatus.Running, Finished = null, Node = "node-a" };
            store.Record(running);
            store.Record(Runs()[1]);
            var now = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
            Assert.Equal(["r-running"], store.FailInterrupted(now));
            var failed = store.ReadRuns().Single(r => r.RunId == "r-running");
            Assert.Equal(RunStatus.Failed, failed.Status);
            Assert.Equal(now, failed.Finished);
            Assert.Contains("node-a stopped during the run", failed.Message, StringComparison.Ordinal);
            Assert.Empty(store.FailInterrupted(now));
        }
    }

    public void Dispose() => _temp.Dispose();

    private static void Fill(IRunStore store)
    {
        var runs = Runs();
        store.Record(runs[0] with { Status = RunStatus.Running, Finished = null });
        store.RecordPublished(runs[0], SampleTables.Rich());
        store.Record(runs[1]);
        var smaller = SampleTables.Rich() with { Facts = [.. SampleTables.Rich().Facts.Where(f => f.Doc != "c.txt")], Findings = [] };
        store.RecordPublished(runs[2], smaller);
    }

    private static RunRecord[] Runs()
    {
        var t0 = new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);
        return
        [
            new("20261122T060000Z-aaaaaa", t0, t0.AddSeconds(2.5), RunStatus.Succeeded, "sha256:1", 3, 8, 2, 1, 8, 0, 0, "published", "node-a", RunTrigger.Cron, t0),
            new("20261122T060100Z-bbbbbb", t0.AddMinutes(1), t0.AddMinutes(1).AddSeconds(0.1), RunStatus.UpToDate, "sha256:1", 0, 0, 0, 0, 0, 0, 0, "up to date", "node-b", RunTrigger.Missed, t0.AddMinutes(1)),
            new("20261122T060200Z-cccccc", t0.AddMinutes(2).AddTicks(1234567), t0.AddMinutes(2).AddSeconds(3), RunStatus.PartiallyFailed, "sha256:2", 2, 6, 2, 1, 0, 2, 0, "published", "host-1234", RunTrigger.Manual, null),
        ];
    }
}
