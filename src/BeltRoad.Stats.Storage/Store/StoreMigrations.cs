namespace BeltRoad.Stats.Storage;

/// <summary>One step of the store's schema, applied once, in order, inside the migrating transaction.</summary>
internal sealed record Migration(int Version, string Description, Func<SqlDialect, string> Sql);

/// <summary>
/// The store's schema history. A released step is never edited: a change is a new step. Version 1 is the run
/// log as <c>history/runs.sqlite</c> had it before there was a store, so such a file upgrades in place.
/// <c>"trigger"</c> and <c>"end"</c> are quoted because they are SQL keywords. Version 3 stores facts and findings once
/// per content (<see cref="PublishedRunRows"/>); it drops schema 2's fact tables and so recreates the views that read
/// them, word for word, over the new views of the same names. Version 4 lists a run's documents in shards
/// (<see cref="DocumentShards"/>) that runs listing the same documents share, so a run costs rows for what changed,
/// not for every document; <c>documents</c> and <c>run_fact_sets</c> become views of the same names and columns. A
/// document version's own columns are null only where a schema-3 run named a fact set of a document it did not list:
/// its facts stay in <c>facts</c>, and <c>documents</c> leaves it out, as before. Version 5 adds a fact's
/// <c>measure</c> (null in the sets stored before it) and recreates the views over <c>facts</c> with it (a PostgreSQL
/// view's <c>*</c> is expanded when it is created).
/// </summary>
internal static class StoreMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "run log", _ => """
            CREATE TABLE IF NOT EXISTS runs (
                run_id TEXT PRIMARY KEY, started_utc TEXT NOT NULL, finished_utc TEXT, status TEXT NOT NULL,
                fingerprint TEXT NOT NULL, documents INTEGER NOT NULL, facts INTEGER NOT NULL,
                warnings INTEGER NOT NULL, failures INTEGER NOT NULL, changes_added INTEGER NOT NULL,
                changes_removed INTEGER NOT NULL, changes_changed INTEGER NOT NULL, message TEXT);
            """),
        new(2, "who ran each run and why; every published run's documents, facts and findings; views", d => $"""
            ALTER TABLE runs ADD COLUMN node TEXT;
            ALTER TABLE runs ADD COLUMN "trigger" TEXT;
            ALTER TABLE runs ADD COLUMN scheduled_fire_time TEXT;
            CREATE INDEX runs_started ON runs (started_utc);
            CREATE TABLE documents (
                run_id TEXT NOT NULL REFERENCES runs (run_id), name TEXT NOT NULL, sha256 TEXT NOT NULL,
                size_bytes {d.Integer} NOT NULL, encoding TEXT NOT NULL, language TEXT NOT NULL, title TEXT NOT NULL,
                date TEXT, length {d.Integer} NOT NULL, format TEXT NOT NULL, author TEXT, publisher TEXT, url TEXT,
                pages {d.Integer}, page_starts TEXT, PRIMARY KEY (run_id, name));
            CREATE TABLE facts (
                run_id TEXT NOT NULL REFERENCES runs (run_id), {FactColumns.Definitions(FactColumns.SchemaTwo, d)}, PRIMARY KEY (run_id, id));
            CREATE INDEX facts_metric ON facts (metric, run_id);
            CREATE INDEX facts_series ON facts (entity, indicator, run_id);
            CREATE TABLE findings (
                run_id TEXT NOT NULL REFERENCES runs (run_id), id {d.Integer} NOT NULL, kind TEXT NOT NULL,
                metric TEXT NOT NULL, subject TEXT NOT NULL, as_of TEXT, PRIMARY KEY (run_id, id));
            CREATE TABLE finding_facts (
                run_id TEXT NOT NULL, finding_id {d.Integer} NOT NULL, fact_id TEXT NOT NULL, doc TEXT NOT NULL,
                PRIMARY KEY (run_id, finding_id, fact_id), FOREIGN KEY (run_id, finding_id) REFERENCES findings (run_id, id));
            {FactViews}
            """),
        new(3, "a document's facts stored once per version (fact sets) and a finding once per content; a run lists its sets; v2 tables as views", d => $"""
            CREATE TABLE fact_sets (fact_set TEXT PRIMARY KEY, doc TEXT NOT NULL, facts {d.Integer} NOT NULL);
            CREATE TABLE set_facts (
                fact_set TEXT NOT NULL REFERENCES fact_sets (fact_set), {FactColumns.Definitions(FactColumns.SchemaTwo, d)}, PRIMARY KEY (fact_set, id));
            CREATE TABLE run_fact_sets (
                run_id TEXT NOT NULL REFERENCES runs (run_id), doc TEXT NOT NULL,
                fact_set TEXT NOT NULL REFERENCES fact_sets (fact_set), PRIMARY KEY (run_id, doc));
            CREATE TABLE finding_sets (
                finding_set TEXT PRIMARY KEY, kind TEXT NOT NULL, metric TEXT NOT NULL, subject TEXT NOT NULL, as_of TEXT);
            CREATE TABLE finding_set_facts (
                finding_set TEXT NOT NULL REFERENCES finding_sets (finding_set), fact_id TEXT NOT NULL, doc TEXT NOT NULL,
                PRIMARY KEY (finding_set, fact_id));
            CREATE TABLE run_findings (
                run_id TEXT NOT NULL REFERENCES runs (run_id), id {d.Integer} NOT NULL,
                finding_set TEXT NOT NULL REFERENCES finding_sets (finding_set), PRIMARY KEY (run_id, id));
            INSERT INTO fact_sets (fact_set, doc, facts) SELECT 'v2/' || run_id || '/' || doc, doc, COUNT(*) FROM facts GROUP BY run_id, doc;
            INSERT INTO set_facts (fact_set, {Quoted(SchemaTwoNames)}) SELECT 'v2/' || run_id || '/' || doc, {Quoted(SchemaTwoNames)} FROM facts;
            INSERT INTO run_fact_sets (run_id, doc, fact_set) SELECT run_id, doc, 'v2/' || run_id || '/' || doc FROM facts GROUP BY run_id, doc;
            INSERT INTO finding_sets (finding_set, kind, metric, subject, as_of) SELECT 'v2/' || run_id || '/' || id, kind, metric, subject, as_of FROM findings;
            INSERT INTO finding_set_facts (finding_set, fact_id, doc) SELECT 'v2/' || run_id || '/' || finding_id, fact_id, doc FROM finding_facts;
            INSERT INTO run_findings (run_id, id, finding_set) SELECT run_id, id, 'v2/' || run_id || '/' || id FROM findings;
            DROP VIEW series_points;
            DROP VIEW latest_facts;
            DROP TABLE finding_facts;
            DROP TABLE findings;
            DROP TABLE facts;
            CREATE INDEX set_facts_metric ON set_facts (metric);
            CREATE INDEX set_facts_series ON set_facts (entity, indicator);
            CREATE INDEX run_fact_sets_set ON run_fact_sets (fact_set);
            {FactsOfRuns(SchemaTwoNames)}
            CREATE VIEW findings AS
                SELECT r.run_id, r.id, s.kind, s.metric, s.subject, s.as_of FROM run_findings r JOIN finding_sets s ON s.finding_set = r.finding_set;
            CREATE VIEW finding_facts AS
                SELECT r.run_id, r.id AS finding_id, m.fact_id, m.doc FROM run_findings r JOIN finding_set_facts m ON m.finding_set = r.finding_set;
            {FactViews}
            """),
        new(4, "a run's documents listed in shards that runs listing the same documents share; documents and run_fact_sets as views", d => $"""
            CREATE TABLE document_versions (
                doc_version TEXT PRIMARY KEY, fact_set TEXT REFERENCES fact_sets (fact_set), name TEXT NOT NULL,
                sha256 TEXT, size_bytes {d.Integer}, encoding TEXT, language TEXT, title TEXT, date TEXT, length {d.Integer},
                format TEXT, author TEXT, publisher TEXT, url TEXT, pages {d.Integer}, page_starts TEXT);
            CREATE TABLE document_shards (shard TEXT PRIMARY KEY, documents {d.Integer} NOT NULL);
            CREATE TABLE shard_documents (
                shard TEXT NOT NULL REFERENCES document_shards (shard),
                doc_version TEXT NOT NULL REFERENCES document_versions (doc_version), PRIMARY KEY (shard, doc_version));
            CREATE TABLE run_shards (
                run_id TEXT NOT NULL REFERENCES runs (run_id), shard TEXT NOT NULL REFERENCES document_shards (shard),
                PRIMARY KEY (run_id, shard));
            CREATE TABLE v3_listed (run_id TEXT NOT NULL, name TEXT NOT NULL);
            INSERT INTO v3_listed (run_id, name) SELECT run_id, name FROM documents;
            INSERT INTO v3_listed (run_id, name) SELECT s.run_id, s.doc FROM run_fact_sets s
                WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.run_id = s.run_id AND d.name = s.doc);
            INSERT INTO document_versions (doc_version, fact_set, {DocumentNames("")})
                SELECT 'v3/' || d.run_id || '/' || d.name, s.fact_set, {DocumentNames("d.")}
                FROM documents d LEFT JOIN run_fact_sets s ON s.run_id = d.run_id AND s.doc = d.name;
            INSERT INTO document_versions (doc_version, fact_set, name)
                SELECT 'v3/' || s.run_id || '/' || s.doc, s.fact_set, s.doc FROM run_fact_sets s
                WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.run_id = s.run_id AND d.name = s.doc);
            INSERT INTO document_shards (shard, documents) SELECT 'v3/' || run_id, COUNT(*) FROM v3_listed GROUP BY run_id;
            INSERT INTO shard_documents (shard, doc_version) SELECT 'v3/' || run_id, 'v3/' || run_id || '/' || name FROM v3_listed;
            INSERT INTO run_shards (run_id, shard) SELECT run_id, 'v3/' || run_id FROM v3_listed GROUP BY run_id;
            DROP TABLE v3_listed;
            DROP VIEW series_points;
            DROP VIEW latest_facts;
            DROP VIEW facts;
            DROP INDEX run_fact_sets_set;
            DROP TABLE run_fact_sets;
            DROP TABLE documents;
            CREATE INDEX document_versions_fact_set ON document_versions (fact_set);
            CREATE INDEX shard_documents_version ON shard_documents (doc_version);
            CREATE INDEX run_shards_shard ON run_shards (shard);
            CREATE VIEW documents AS
                SELECT r.run_id, {DocumentNames("v.")}
                FROM run_shards r JOIN shard_documents s ON s.shard = r.shard JOIN document_versions v ON v.doc_version = s.doc_version
                WHERE v.sha256 IS NOT NULL;
            CREATE VIEW run_fact_sets AS
                SELECT r.run_id, v.name AS doc, v.fact_set
                FROM run_shards r JOIN shard_documents s ON s.shard = r.shard JOIN document_versions v ON v.doc_version = s.doc_version
                WHERE v.fact_set IS NOT NULL;
            {FactsOfRuns(SchemaTwoNames)}
            {FactViews}
            """),
        new(5, "a fact's measure word (场, 届, 家), so a stored fact is the fact a report prints; the views over facts recreated with it", _ => $"""
            ALTER TABLE set_facts ADD COLUMN measure TEXT;
            DROP VIEW series_points;
            DROP VIEW latest_facts;
            DROP VIEW facts;
            {FactsOfRuns([.. SchemaTwoNames, "measure"])}
            {FactViews}
            """),
    ];

    /// <summary>Schema 2's document columns after its run id, as released (the views give them back in this order).</summary>
    private static readonly string[] DocumentColumnNames =
        ["name", "sha256", "size_bytes", "encoding", "language", "title", "date", "length", "format", "author", "publisher", "url", "pages", "page_starts"];

    private static string DocumentNames(string prefix) => string.Join(", ", DocumentColumnNames.Select(n => prefix + n));

    /// <summary>
    /// The views over facts as schema 2 defined them: a migration that replaces what they read drops them and creates
    /// them again, word for word, so queries written for schema 2 keep working.
    /// </summary>
    private const string FactViews = """
        CREATE VIEW latest_facts AS
            SELECT f.* FROM facts f
            WHERE f.run_id = (SELECT r.run_id FROM runs r WHERE EXISTS (SELECT 1 FROM documents d WHERE d.run_id = r.run_id)
                              ORDER BY r.started_utc DESC, r.run_id DESC LIMIT 1);
        CREATE VIEW series_points AS
            SELECT f.run_id, r.started_utc AS run_started_utc, f.entity, f.indicator, f.unit, f.aggregation, f.nature,
                   f.metric, f.subject, f.qualifier, f.as_of, f.value, f.value_num, f.doc, f.id AS fact_id
            FROM facts f JOIN runs r ON r.run_id = f.run_id
            WHERE f.as_of IS NOT NULL;
        """;

    public static int Latest => All[^1].Version;

    private static IEnumerable<string> SchemaTwoNames => FactColumns.SchemaTwo.Select(c => c.Name);

    /// <summary>Schema 2's <c>facts</c> table as a view over fact sets (schema 3 on): each run's facts through the sets it lists.</summary>
    private static string FactsOfRuns(IEnumerable<string> columns) =>
        $"CREATE VIEW facts AS SELECT r.run_id, {Quoted(columns, "f.")} FROM run_fact_sets r JOIN set_facts f ON f.fact_set = r.fact_set;";

    private static string Quoted(IEnumerable<string> names, string prefix = "") => string.Join(", ", names.Select(n => $"{prefix}\"{n}\""));
}
