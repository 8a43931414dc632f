namespace BeltRoad.Stats.Storage;

/// <summary>
/// The facts.sqlite schema. Values are kept twice: <c>value</c> as the exact decimal text (the same
/// string as in facts.json/facts.csv) and <c>value_num</c> as REAL for sorting and arithmetic in queries. The fact
/// columns are <see cref="FactColumns"/>, shared with the run store.
/// Row order (rowid) is the run's sort order. "end" is quoted because it is an SQL keyword. Version 3 added the
/// fact's <c>measure</c> (the last fact column), so the file holds every field of a fact a report prints.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 3;

    /// <summary>The tables, with the keys that are part of their definition.</summary>
    public static readonly string Tables = $"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE documents (
            name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, size_bytes INTEGER NOT NULL, encoding TEXT NOT NULL,
            language TEXT NOT NULL, title TEXT NOT NULL, date TEXT, length INTEGER NOT NULL,
            format TEXT NOT NULL, author TEXT, publisher TEXT, url TEXT, pages INTEGER, page_starts TEXT);
        CREATE TABLE facts (
            {FactColumns.Definitions(SqlDialect.Sqlite)},
            PRIMARY KEY (id), FOREIGN KEY (doc) REFERENCES documents(name));
        CREATE TABLE occurrences (
            fact_id TEXT NOT NULL REFERENCES facts(id), ordinal INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (fact_id, ordinal));
        CREATE TABLE findings (
            id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('corroborated', 'conflict')),
            metric TEXT NOT NULL, subject TEXT NOT NULL, as_of TEXT);
        CREATE TABLE finding_facts (
            finding_id INTEGER NOT NULL REFERENCES findings(id), fact_id TEXT NOT NULL REFERENCES facts(id),
            doc TEXT NOT NULL, PRIMARY KEY (finding_id, fact_id));
        CREATE TABLE skipped (doc TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, reason TEXT NOT NULL);
        CREATE TABLE issues (doc TEXT, severity TEXT NOT NULL, message TEXT NOT NULL);
        CREATE TABLE runs (
            run_id TEXT PRIMARY KEY, started_utc TEXT NOT NULL, finished_utc TEXT, status TEXT NOT NULL,
            fingerprint TEXT NOT NULL, documents INTEGER NOT NULL, facts INTEGER NOT NULL,
            warnings INTEGER NOT NULL, failures INTEGER NOT NULL, changes_added INTEGER NOT NULL,
            changes_removed INTEGER NOT NULL, changes_changed INTEGER NOT NULL, message TEXT);
        """;

    /// <summary>
    /// The secondary indexes: built once over the loaded rows, which is faster than growing them row by row; the facts'
    /// as soon as the facts are in, the findings' after them (the order they are listed in sqlite_master).
    /// </summary>
    public const string FactIndexes = """
        CREATE INDEX facts_metric ON facts(metric);
        CREATE INDEX facts_doc ON facts(doc);
        CREATE INDEX facts_series ON facts(entity, indicator);
        """;

    /// <inheritdoc cref="FactIndexes"/>
    public const string FindingIndexes = "CREATE INDEX finding_facts_fact ON finding_facts(fact_id);";
}
